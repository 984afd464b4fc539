package org.partnernetwork.testsupport;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfiguration;

/**
 * A service as it runs: a real MariaDB database named after the service
 * ({@code referral-service} → {@code referral}) with its Liquibase changelog applied, and
 * real RS256 tokens checked against the {@link TestIssuer}'s JWK set, issuer and
 * audience.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = ServiceIntegrationTest.Platform.class)
public abstract class ServiceIntegrationTest {

	protected static final TestIssuer issuer = TestIssuer.shared();

	@LocalServerPort
	private int port;

	public HttpApi api() {
		return new HttpApi("http://localhost:" + port);
	}

	static final class Platform implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			String service = context.getEnvironment().getRequiredProperty("spring.application.name");
			Map<String, Object> properties = new HashMap<>();
			TestDatabase.shared().register(properties::put, service.replace("-service", ""));
			issuer.register(properties::put);
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("partner-network-test-platform", properties));
		}

	}

	/**
	 * Waits for something asynchronous (an outbox relay, a scheduled job): the assertion
	 * passes within the time, or the test fails.
	 */
	protected static void eventually(Duration within, Runnable assertion) {
		Instant deadline = Instant.now().plus(within);
		while (true) {
			try {
				assertion.run();
				return;
			}
			catch (AssertionError notYet) {
				if (Instant.now().isAfter(deadline)) {
					throw notYet;
				}
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
	}

}
