package org.partnernetwork.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnernetwork.testsupport.ProblemAssertions.assertProblem;

import java.util.stream.StreamSupport;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.partnernetwork.testsupport.DemoUser;
import org.partnernetwork.testsupport.HttpApi;
import org.partnernetwork.testsupport.HttpApi.Response;

/** The directory through the gateway, with the real Keycloak: finding help, and onboarding a partner. */
class DirectoryEndToEndTest {

	static HttpApi gateway;

	@BeforeAll
	static void startPlatform() {
		gateway = new HttpApi(RunningPlatform.urls().gateway());
	}

	@Test
	void shouldFindCounsellingInKhmerForATwelveYearOldBoyInKandalInOneSearch() {
		Response found = gateway.get("/api/services?serviceType=psychosocial-counselling&province=KH-8&age=12"
				+ "&sex=male&language=km", RunningPlatform.passwordGrant(DemoUser.SOPHEA));

		assertThat(found.status()).isEqualTo(200);
		assertThat(StreamSupport.stream(found.json().get("items").spliterator(), false)
			.map(item -> item.get("organisation").get("slug").asString())).contains("tdh-nl");
	}

	@Test
	void shouldOnboardAPartnerInTheDirectoryAndInKeycloakTogether() {
		String networkAdmin = RunningPlatform.passwordGrant(DemoUser.ADMIN_NETWORK);

		Response created = gateway.post("/api/organisations", networkAdmin, """
				{"slug":"kampot-child-care","name":{"en":"Kampot Child Care","km":"ការថែទាំកុមារកំពត"},
				 "contact":{"email":"info@kampot-child-care.example.org"}}""");

		assertThat(created.status()).as(created.body()).isEqualTo(201);
		assertThat(RunningPlatform.keycloakOrganizationAliases()).contains("kampot-child-care");
		assertThat(gateway.get("/api/organisations/kampot-child-care", RunningPlatform.passwordGrant(DemoUser.DARA))
			.status()).isEqualTo(200);
		assertProblem(gateway.post("/api/organisations", networkAdmin,
				"{\"slug\":\"kampot-child-care\",\"name\":{\"en\":\"Again\"}}"), 409, "slug-taken");
		assertProblem(gateway.post("/api/organisations", RunningPlatform.passwordGrant(DemoUser.SOKHA),
				"{\"slug\":\"not-allowed\",\"name\":{\"en\":\"No\"}}"), 403, "forbidden");
	}
}
