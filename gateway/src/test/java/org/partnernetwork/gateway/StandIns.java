package org.partnernetwork.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.partnernetwork.testsupport.TestIssuer;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * What a gateway test puts around the gateway: the test issuer where the gateway looks
 * for Keycloak, and WireMock on a loopback port of its own in a service's place.
 */
final class StandIns {

	private StandIns() {
	}

	/** The test issuer's keys, issuer and audience, and its address as Keycloak's. */
	static void keycloak(TestIssuer issuer, DynamicPropertyRegistry registry) {
		issuer.register((name, value) -> registry.add(name, () -> value));
		registry.add("KEYCLOAK_URL", () -> issuer.issuerUri().replace("/realms/partner-network", ""));
	}

	/** A service's stand-in, started, answering nothing yet. */
	static WireMockServer service() {
		var server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
		server.start();
		return server;
	}

	/**
	 * organisation-service's stand-in, answering every list of organisations with none.
	 */
	static WireMockServer organisationsListingNone() {
		var server = service();
		server.stubFor(get(urlPathMatching("/api/organisations.*")).willReturn(okJson("{\"items\":[]}")));
		return server;
	}

}
