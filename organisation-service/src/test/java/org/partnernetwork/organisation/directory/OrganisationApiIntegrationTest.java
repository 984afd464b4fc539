package org.partnernetwork.organisation.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnernetwork.testsupport.ProblemAssertions.assertProblem;

import java.time.Instant;
import java.util.List;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.partnernetwork.testsupport.ServiceIntegrationTest;
import org.partnernetwork.testsupport.DemoUser;
import org.partnernetwork.testsupport.HttpApi.Response;

import tools.jackson.databind.JsonNode;

class OrganisationApiIntegrationTest extends ServiceIntegrationTest {

	@Nested
	class ListOrganisations {

		@Test
		void shouldListTheDemoDirectoryToAnySignedInUser() {
			Response response = api().get("/api/organisations", issuer.tokenFor(DemoUser.SOPHEA));

			assertThat(response.status()).isEqualTo(200);
			assertThat(slugs(response.json().get("items"))).containsExactlyInAnyOrder("aple", "tdh-nl", "kandal-vtc",
					"mekong-youth", "kandal-ahtjp");
			assertThat(response.json().get("totalItems").asInt()).isEqualTo(5);
			assertThat(response.header("Cache-Control")).contains("no-store");
		}

		@Test
		void shouldLetAUserWithoutOrganisationReadTheDirectory() {
			Response response = api().get("/api/organisations?size=2", issuer.tokenFor(DemoUser.ADMIN_NETWORK));

			assertThat(response.status()).isEqualTo(200);
			assertThat(response.json().get("items")).hasSize(2);
			assertThat(response.json().get("totalPages").asInt()).isEqualTo(3);
		}

		@Test
		void shouldRefusePagesLargerThanOneHundred() {
			Response response = api().get("/api/organisations?size=100000", issuer.tokenFor(DemoUser.SOPHEA));

			assertProblem(response, 400, "validation");
			assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("size");
		}

	}

	@Nested
	class OrganisationDetail {

		@Test
		void shouldShowServicesEligibilityAndProvinces() {
			JsonNode tdh = api().get("/api/organisations/tdh-nl", issuer.tokenFor(DemoUser.SOPHEA)).json();

			JsonNode counselling = StreamSupport.stream(tdh.get("services").spliterator(), false)
				.filter(service -> service.get("serviceType").asString().equals("psychosocial-counselling"))
				.findFirst()
				.orElseThrow();
			assertThat(counselling.get("eligibility").get("minAge").asInt()).isEqualTo(6);
			assertThat(counselling.get("provinces").toString()).contains("KH-8");
			assertThat(counselling.get("languages").toString()).contains("km");
			assertThat(tdh.get("name").get("km").asString()).isNotBlank();
		}

		@Test
		void shouldHideAShelterAddressFromOtherOrganisations() {
			JsonNode seenByOthers = api().get("/api/organisations/mekong-youth", issuer.tokenFor(DemoUser.SOPHEA))
				.json()
				.get("locations")
				.get(0);
			JsonNode seenByItself = api().get("/api/organisations/mekong-youth", issuer.tokenFor(DemoUser.RITHY))
				.json()
				.get("locations")
				.get(0);

			assertThat(seenByOthers.get("confidential").asBoolean()).isTrue();
			assertThat(seenByOthers.get("province").asString()).isEqualTo("KH-12");
			assertThat(seenByOthers.get("address").isNull()).isTrue();
			assertThat(seenByItself.get("address").asString()).isNotBlank();
		}

		@Test
		void shouldAnswerProblemDetailsForAnUnknownOrganisation() {
			assertProblem(api().get("/api/organisations/no-such-org", issuer.tokenFor(DemoUser.SOPHEA)), 404,
					"not-found");
		}

		@Test
		void shouldAnswerInKhmerWhenAsked() {
			Response response = api()
				.send(api().request("/api/organisations/no-such-org", issuer.tokenFor(DemoUser.SOPHEA))
					.header("Accept-Language", "km")
					.GET()
					.build());

			assertThat(response.json().get("title").asString()).isEqualTo("រកមិនឃើញ");
		}

	}

	@Nested
	class ConfirmEntry {

		@Test
		void shouldLetTheOrganisationsAdminConfirmItsEntry() {
			Instant before = Instant.now();

			Response response = api().post("/api/organisations/aple/confirm", issuer.tokenFor(DemoUser.SOKHA), "");

			assertThat(response.status()).isEqualTo(200);
			Instant verified = Instant.parse(api().get("/api/organisations/aple", issuer.tokenFor(DemoUser.DARA))
				.json()
				.get("lastVerifiedAt")
				.asString());
			assertThat(verified).isAfterOrEqualTo(before.minusSeconds(1));
		}

		@Test
		void shouldAnswerNotFoundWhenAnAdminConfirmsAnotherOrganisation() {
			assertProblem(api().post("/api/organisations/tdh-nl/confirm", issuer.tokenFor(DemoUser.SOKHA), ""), 404,
					"not-found");
		}

		@Test
		void shouldForbidACoordinatorToConfirm() {
			assertProblem(api().post("/api/organisations/aple/confirm", issuer.tokenFor(DemoUser.SOPHEA), ""), 403,
					"forbidden");
		}

		@Test
		void shouldRefuseATokenWithSeveralOrganisations() {
			String token = issuer.token().organisations("aple", "tdh-nl").roles("org-admin").build();

			assertProblem(api().post("/api/organisations/aple/confirm", token, ""), 403, "organisation-ambiguous");
		}

		@Test
		void shouldRefuseATokenWithNoOrganisation() {
			String token = issuer.token().roles("org-admin").build();

			assertProblem(api().post("/api/organisations/aple/confirm", token, ""), 403, "organisation-required");
		}

	}

	private static List<String> slugs(JsonNode items) {
		return StreamSupport.stream(items.spliterator(), false).map(item -> item.get("slug").asString()).toList();
	}

}
