package org.partnernetwork.portal.organisationadmin;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import org.junit.jupiter.api.BeforeEach;
import org.partnernetwork.portal.PortalIntegrationTest;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * APLE's entry as the directory holds it, and its org admin, sokha.aple, signed in to
 * keep it.
 */
abstract class AplesEntryIntegrationTest extends PortalIntegrationTest {

	static final String API = "/api/organisations/aple";

	@BeforeEach
	void aplesEntry() {
		directory.stubFor(get(urlEqualTo(API)).willReturn(okJson(fixture("admin/organisation-aple.json"))));
	}

	WebTestClient orgAdmin() {
		return signedInAs("sokha.aple", "Sokha Keo", "aple", "org-admin", "supervisor");
	}

}
