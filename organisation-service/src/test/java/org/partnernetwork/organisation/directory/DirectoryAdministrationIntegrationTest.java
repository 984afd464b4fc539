package org.partnernetwork.organisation.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnernetwork.testsupport.ProblemAssertions.assertProblem;

import java.net.http.HttpRequest;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.partnernetwork.testsupport.DemoUser;
import org.partnernetwork.testsupport.HttpApi.Response;
import org.partnernetwork.testsupport.ServiceIntegrationTest;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;

/**
 * An org admin keeps their own entry true; the network admin suspends. Runs on a database
 * of its own (its own test context), so its changes cannot disturb the search tests.
 */
@TestPropertySource(properties = "partner-network.test.context=administration")
class DirectoryAdministrationIntegrationTest extends ServiceIntegrationTest {

	static final String POLICE_ADMIN = issuer.token()
		.username("admin.ahtjp")
		.organisations("kandal-ahtjp")
		.roles("org-admin")
		.build();

	static String service(String serviceType, int minAge, int maxAge, String provinces, String extra) {
		return """
				{"serviceType":"%s","name":{"en":"Child-friendly interviews","km":"ការសម្ភាសន៍ដែលស័ក្តិសមនឹងកុមារ"},
				 "eligibility":{"minAge":%d,"maxAge":%d,"sex":"any"},"languages":["km"],"provinces":[%s],
				 "capacityStatus":"available"%s}""".formatted(serviceType, minAge, maxAge, provinces, extra);
	}

	@Nested
	class Entry {

		@Test
		void shouldLetTheAdminChangeTheirEntryAndRefuseAStaleSecondEdit() {
			long version = api().get("/api/organisations/kandal-ahtjp", POLICE_ADMIN).json().get("version").asLong();
			String body = """
					{"name":{"en":"Kandal AHTJP Police","km":"នគរបាល"},"contact":{"email":"duty@kandal-police.example.org"},"version":%d}""";

			Response first = put("/api/organisations/kandal-ahtjp", POLICE_ADMIN, body.formatted(version));
			Response second = put("/api/organisations/kandal-ahtjp", POLICE_ADMIN,
					body.replace("Kandal AHTJP Police", "Someone else's name").formatted(version));

			assertThat(first.status()).isEqualTo(200);
			assertProblem(second, 409, "concurrent-update");
			assertThat(
					api().get("/api/organisations/kandal-ahtjp", POLICE_ADMIN).json().get("name").get("en").asString())
				.isEqualTo("Kandal AHTJP Police");
		}

		@Test
		void shouldListTheServicesOfARenamedOrganisationUnderItsNewName() {
			long version = api().get("/api/organisations/kandal-ahtjp", POLICE_ADMIN).json().get("version").asLong();

			Response renamed = put("/api/organisations/kandal-ahtjp", POLICE_ADMIN, """
					{"name":{"en":"Anti-trafficking Police Kandal","km":"នគរបាលប្រឆាំងការជួញដូរ"},"version":%d}"""
				.formatted(version));

			assertThat(renamed.status()).isEqualTo(200);
			JsonNode first = api().get("/api/services?size=1", issuer.tokenFor(DemoUser.DARA))
				.json()
				.get("items")
				.get(0);
			assertThat(first.get("organisation").get("slug").asString()).isEqualTo("kandal-ahtjp");
			assertThat(
					api().get("/api/organisations?size=1&q=" + encode("នគរបាលប្រឆាំង"), issuer.tokenFor(DemoUser.DARA))
						.json()
						.get("items")
						.get(0)
						.get("slug")
						.asString())
				.isEqualTo("kandal-ahtjp");
		}

		@Test
		void shouldAnswerNotFoundToAnAdminOfAnotherOrganisationAndForbidACoordinator() {
			String body = "{\"name\":{\"en\":\"Taken over\"},\"version\":0}";

			assertProblem(put("/api/organisations/kandal-ahtjp", issuer.tokenFor(DemoUser.SOKHA), body), 404,
					"not-found");
			assertProblem(put("/api/organisations/aple", issuer.tokenFor(DemoUser.SOPHEA), body), 403, "forbidden");
		}

	}

	@Nested
	class Services {

		@Test
		void shouldAddAServiceThatSearchFindsAndChangeItsCapacity() {
			Response created = api().post("/api/organisations/kandal-ahtjp/services", POLICE_ADMIN,
					service("law-enforcement", 0, 17, "\"KH-8\",\"KH-12\"", ""));

			assertThat(created.status()).isEqualTo(201);
			assertThat(created.header("Location")).isEqualTo("/api/services/" + created.json().get("id").asString());
			assertThat(api().get(created.header("Location"), issuer.tokenFor(DemoUser.DARA)).status()).isEqualTo(200);
			assertThat(api()
				.get("/api/services?serviceType=law-enforcement&province=KH-12&age=9", issuer.tokenFor(DemoUser.DARA))
				.json()
				.get("totalItems")
				.asInt()).isEqualTo(1);

			String id = created.json().get("id").asString();
			long version = created.json().get("version").asLong();
			String full = service("law-enforcement", 0, 17, "\"KH-8\",\"KH-12\"", ",\"version\":" + version)
				.replace("\"available\"", "\"full\"");
			Response changed = put("/api/organisations/kandal-ahtjp/services/" + id, POLICE_ADMIN,
					full.replace("ការសម្ភាសន៍ដែលស័ក្តិសមនឹងកុមារ", "ការសួរចម្លើយកុមារ"));
			assertThat(changed.json().get("capacityStatus").asString()).isEqualTo("full");
			assertThat(khmerSearch("ការសួរចម្លើយ")).as("found by its new Khmer name").isEqualTo(1);
			assertThat(khmerSearch("សម្ភាសន៍")).as("no longer by its old one").isZero();
			assertProblem(put("/api/organisations/kandal-ahtjp/services/" + id, POLICE_ADMIN, full), 409,
					"concurrent-update");
		}

		@ParameterizedTest(name = "{0} → 400 on {1}")
		@CsvSource(delimiter = '|', value = {
				"minimum above maximum | eligibility | law-enforcement | 12 | 6 | \"KH-8\" | ",
				"unknown province | provinces[0] | law-enforcement | 0 | 17 | \"KH-99\" | ",
				"unknown service type | serviceType | magic | 0 | 17 | \"KH-8\" | ",
				"an unknown field | status | law-enforcement | 0 | 17 | \"KH-8\" | ,\"status\":\"ACTIVE\"",
				"an organisation field | organisationId | law-enforcement | 0 | 17 | \"KH-8\" | ,\"organisationId\":\"x\"",
				"a version chosen by the client | version | law-enforcement | 0 | 17 | \"KH-8\" | ,\"version\":7" })
		void shouldRefuseBadServicesAndChangeNothing(String why, String field, String type, int min, int max,
				String provinces, String extra) {
			long before = api().get("/api/services?size=100", POLICE_ADMIN).json().get("totalItems").asLong();

			Response response = api().post("/api/organisations/kandal-ahtjp/services", POLICE_ADMIN,
					service(type, min, max, provinces, extra == null ? "" : extra));

			assertThat(response.status()).isEqualTo(400);
			assertThat(response.json().get("errors").toString()).contains(field);
			assertThat(api().get("/api/services?size=100", POLICE_ADMIN).json().get("totalItems").asLong())
				.isEqualTo(before);
		}

		@Test
		void shouldRefuseAnUnknownLanguage() {
			Response response = api().post("/api/organisations/kandal-ahtjp/services", POLICE_ADMIN,
					service("law-enforcement", 0, 17, "\"KH-8\"", "").replace("[\"km\"]", "[\"xx\"]"));

			assertProblem(response, 400, "validation");
			assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("languages");
		}

	}

	@Nested
	class Locations {

		@Test
		void shouldKeepANewConfidentialAddressFromOtherOrganisations() {
			Response created = api().post("/api/organisations/kandal-ahtjp/locations", POLICE_ADMIN,
					"""
							{"name":{"en":"Safe house"},"province":"KH-8","address":"Behind the market","confidential":true}""");

			assertThat(created.status()).isEqualTo(201);
			String seenByOthers = api().get("/api/organisations/kandal-ahtjp", issuer.tokenFor(DemoUser.DARA)).body();
			String seenByItself = api().get("/api/organisations/kandal-ahtjp", POLICE_ADMIN).body();
			assertThat(seenByOthers).doesNotContain("Behind the market").contains("Safe house");
			assertThat(seenByItself).contains("Behind the market");
		}

	}

	@Nested
	class Suspension {

		@Test
		void shouldHideASuspendedOrganisationFromSearchUntilReactivated() {
			String admin = issuer.tokenFor(DemoUser.ADMIN_NETWORK);
			String reader = issuer.tokenFor(DemoUser.SOPHEA);

			assertProblem(api().post("/api/organisations/mekong-youth/suspend", issuer.tokenFor(DemoUser.SOKHA), ""),
					403, "forbidden");
			assertThat(api().post("/api/organisations/mekong-youth/suspend", admin, "").json().get("status").asString())
				.isEqualTo("suspended");
			assertThat(api().get("/api/organisations?serviceType=shelter", reader).json().get("totalItems").asInt())
				.isZero();
			assertThat(api().get("/api/services?serviceType=shelter", reader).json().get("totalItems").asInt())
				.isZero();
			assertProblem(api().get("/api/organisations/mekong-youth", reader), 404, "not-found");
			assertThat(api().get("/api/organisations/mekong-youth", issuer.tokenFor(DemoUser.RITHY)).status())
				.as("its own staff still see it")
				.isEqualTo(200);

			api().post("/api/organisations/mekong-youth/reactivate", admin, "");
			assertThat(api().get("/api/organisations?serviceType=shelter", reader).json().get("totalItems").asInt())
				.isEqualTo(1);
		}

	}

	private int khmerSearch(String text) {
		return api().get("/api/services?q=" + encode(text), issuer.tokenFor(DemoUser.DARA))
			.json()
			.get("totalItems")
			.asInt();
	}

	private static String encode(String text) {
		return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
	}

	private Response put(String path, String token, String body) {
		return api().send(api().request(path, token)
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

}
