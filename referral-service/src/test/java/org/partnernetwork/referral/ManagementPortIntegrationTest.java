package org.partnernetwork.referral;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.partnernetwork.testsupport.DemoUser;
import org.partnernetwork.testsupport.HttpApi;
import org.partnernetwork.testsupport.HttpApi.Response;
import org.partnernetwork.testsupport.ServiceIntegrationTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.test.context.TestPropertySource;

/**
 * With the actuator on a management port of its own (kept off the network clients reach),
 * a monitoring system scrapes metrics there without a token, and the port clients use
 * serves no metrics at all.
 */
@TestPropertySource(properties = "management.server.port=0")
class ManagementPortIntegrationTest extends ServiceIntegrationTest {

	@LocalManagementPort
	private int managementPort;

	@Test
	void shouldServeMetricsOnTheManagementPortOnly() {
		HttpApi management = new HttpApi("http://localhost:" + managementPort);

		assertThat(management.get("/actuator/prometheus", null).body()).contains("jvm_memory_used_bytes");
		assertThat(management.get("/actuator/health/readiness", null).status()).isEqualTo(200);
		Response onTheApiPort = api().get("/actuator/prometheus", issuer.tokenFor(DemoUser.SOPHEA));
		assertThat(onTheApiPort.status()).isIn(403, 404);
		assertThat(onTheApiPort.contentType()).startsWith("application/problem+json");
	}

}
