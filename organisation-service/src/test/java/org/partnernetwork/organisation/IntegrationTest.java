package org.partnernetwork.organisation;

import org.partnernetwork.testsupport.HttpApi;
import org.partnernetwork.testsupport.TestDatabase;
import org.partnernetwork.testsupport.TestIssuer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The service as it runs: real MariaDB with Liquibase applied, real RS256 tokens checked against a JWK set. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class IntegrationTest {

	protected static final TestIssuer issuer = TestIssuer.shared();

	@LocalServerPort
	private int port;

	@DynamicPropertySource
	static void platform(DynamicPropertyRegistry registry) {
		TestDatabase.shared().register(registry, "organisation");
		issuer.register(registry);
	}

	public HttpApi api() {
		return new HttpApi("http://localhost:" + port);
	}
}
