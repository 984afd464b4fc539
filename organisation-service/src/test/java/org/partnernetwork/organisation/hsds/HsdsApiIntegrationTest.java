package org.partnernetwork.organisation.hsds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnernetwork.testsupport.ProblemAssertions.assertProblem;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.partnernetwork.testsupport.DemoUser;
import org.partnernetwork.testsupport.HttpApi.Response;
import org.partnernetwork.testsupport.ServiceIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.JsonNode;

/**
 * The directory as HSDA publishes it: paging, search, modified_after, the nested objects,
 * the errors.
 */
class HsdsApiIntegrationTest extends ServiceIntegrationTest {

	static final String TDH = "00000000-0000-4000-8000-00000000a002";

	static final String TDH_COUNSELLING = "00000000-0000-4000-8000-00000000c004";

	static final String MEKONG_SHELTER_SERVICE = "00000000-0000-4000-8000-00000000c009";

	static final String UNKNOWN = "3f2504e0-4f89-41d3-9a0c-0305e82c3301";

	@Autowired
	JdbcTemplate jdbc;

	@Nested
	class Organizations {

		@Test
		void shouldPageAsHsdaDoesFromPageOne() {
			JsonNode first = get("/api/hsds/organizations?per_page=2").json();
			JsonNode last = get("/api/hsds/organizations?per_page=2&page=3").json();
			JsonNode beyond = get("/api/hsds/organizations?per_page=2&page=4").json();

			assertThat(first.get("total_items").asLong()).isEqualTo(5);
			assertThat(first.get("total_pages").asInt()).isEqualTo(3);
			assertThat(first.get("page_number").asInt()).isEqualTo(1);
			assertThat(first.get("size").asInt()).isEqualTo(2);
			assertThat(first.get("first_page").asBoolean()).isTrue();
			assertThat(first.get("last_page").asBoolean()).isFalse();
			assertThat(first.get("empty").asBoolean()).isFalse();
			assertThat(last.get("page_number").asInt()).isEqualTo(3);
			assertThat(last.get("size").asInt()).isEqualTo(1);
			assertThat(last.get("first_page").asBoolean()).isFalse();
			assertThat(last.get("last_page").asBoolean()).isTrue();
			assertThat(beyond.get("empty").asBoolean()).isTrue();
			assertThat(beyond.get("contents")).isEmpty();
		}

		@Test
		void shouldListEveryActiveOrganisationOnTheDefaultPage() {
			JsonNode page = get("/api/hsds/organizations").json();

			assertThat(names(page)).hasSize(5).contains("APLE Cambodia", "Mekong Youth Care");
			assertThat(page.get("contents").get(0).has("alternate_name")).isTrue();
		}

		@Test
		void shouldSearchEnglishAndKhmerNamesAndDescriptions() {
			assertThat(names(get("/api/hsds/organizations?search=" + encode("COURT counselling")).json()))
				.containsExactly("APLE Cambodia");
			assertThat(names(get("/api/hsds/organizations?search=" + encode("ទីជម្រក")).json()))
				.containsExactly("Mekong Youth Care");
			assertThat(names(get("/api/hsds/organizations?search=" + encode("មជ្ឈមណ្ឌលបណ្តុះបណ្តាល")).json()))
				.containsExactly("Kandal Vocational Training Centre");
		}

		@ParameterizedTest
		@ValueSource(strings = { "%", "_", "\\" })
		void shouldTreatLikeWildcardsAsPlainText(String wildcard) {
			assertThat(get("/api/hsds/organizations?search=" + encode(wildcard)).json().get("contents")).isEmpty();
		}

		@Test
		void shouldAnswerNothingModifiedAfterAFutureInstant() {
			JsonNode page = get("/api/hsds/organizations?modified_after=2099-01-01T00:00:00Z").json();

			assertThat(page.get("total_items").asLong()).isZero();
			assertThat(page.get("empty").asBoolean()).isTrue();
			assertThat(page.get("contents")).isEmpty();
			assertThat(get("/api/hsds/organizations?modified_after=2026-10-31T00:00:00Z").json()
				.get("total_items")
				.asLong()).isEqualTo(5);
		}

		@Test
		void shouldNestServicesLocationsAndTheDirectorySlug() {
			JsonNode tdh = get("/api/hsds/organizations/" + TDH).json();

			assertThat(tdh.get("name").asString()).isEqualTo("Terre des Hommes Netherlands – Cambodia");
			assertThat(tdh.get("alternate_name").asString()).isEqualTo("តឺដេសហូម ហូឡង់ – កម្ពុជា");
			assertThat(tdh.get("organization_identifiers").get(0).get("identifier").asString()).isEqualTo("tdh-nl");
			JsonNode address = tdh.get("locations").get(0).get("addresses").get(0);
			assertThat(address.get("state_province").asString()).isEqualTo("Kandal");
			assertThat(address.get("country").asString()).isEqualTo("KH");
			assertThat(tdh.get("services")).hasSize(4);
			assertThat(tdh.get("services").get(0).has("organization")).isFalse();
		}

	}

	@Nested
	class Services {

		@Test
		void shouldPageAsHsdaDoes() {
			JsonNode last = get("/api/hsds/services?per_page=2&page=6").json();

			assertThat(last.get("total_items").asLong()).isEqualTo(11);
			assertThat(last.get("total_pages").asInt()).isEqualTo(6);
			assertThat(last.get("size").asInt()).isEqualTo(1);
			assertThat(last.get("last_page").asBoolean()).isTrue();
		}

		@Test
		void shouldSearchEnglishAndKhmerNamesAndDescriptions() {
			assertThat(names(get("/api/hsds/services?search=counselling").json()))
				.containsExactly("Counselling for child survivors", "Psychosocial counselling");
			assertThat(names(get("/api/hsds/services?search=" + encode("ការប្រឹក្សា")).json()))
				.containsExactly("Counselling for child survivors", "Psychosocial counselling");
		}

		@Test
		void shouldAnswerNothingModifiedAfterAFutureInstant() {
			assertThat(get("/api/hsds/services?modified_after=2099-01-01T00:00:00Z").json().get("contents")).isEmpty();
		}

		@Test
		void shouldPublishEligibilityAreasLanguagesAndTheServiceType() {
			JsonNode counselling = get("/api/hsds/services/" + TDH_COUNSELLING).json();

			assertThat(counselling.get("minimum_age").asInt()).isEqualTo(6);
			assertThat(counselling.get("maximum_age").asInt()).isEqualTo(17);
			assertThat(counselling.get("eligibility_description").asString()).isEqualTo("Ages 6 to 17; any sex.");
			assertThat(counselling.get("organization").get("id").asString()).isEqualTo(TDH);
			assertThat(values(counselling.get("service_areas"), "name")).containsExactly("Kandal", "Phnom Penh",
					"Takeo");
			assertThat(counselling.get("service_areas")
				.get(0)
				.get("attributes")
				.get(0)
				.get("taxonomy_term")
				.get("code")
				.asString()).isEqualTo("KH-8");
			assertThat(values(counselling.get("languages"), "code")).containsExactly("en", "km");
			assertThat(counselling.get("attributes").get(0).get("taxonomy_term").get("code").asString())
				.isEqualTo("psychosocial-counselling");
			assertThat(counselling.get("service_at_locations").get(0).get("location").get("name").asString())
				.isEqualTo("Tdh Kandal field office");
			assertThat(counselling.get("last_modified").asString()).endsWith("Z");
		}

		@Test
		void shouldPublishAShelterWithoutItsConfidentialLocation() {
			JsonNode shelter = get("/api/hsds/services/" + MEKONG_SHELTER_SERVICE).json();

			assertThat(shelter.get("service_at_locations")).isEmpty();
			assertThat(values(shelter.get("service_areas"), "name")).contains("Phnom Penh");
			assertThat(shelter.get("alert").asString()).startsWith("Waiting list");
		}

	}

	@Nested
	class SuspendedOrganisation {

		static final String SUSPENDED = "00000000-0000-4000-8000-0000000fa001";

		static final String ITS_SERVICE = "00000000-0000-4000-8000-0000000fc001";

		@Test
		void shouldNotBePublishedNorItsServices() {
			jdbc.update("INSERT INTO organisation (id, slug, name_en, description_en, status, created_at, updated_at,"
					+ " version) VALUES (?, 'suspended-hsds', 'Suspended Shelter Org', 'Suspended.', 'SUSPENDED',"
					+ " NOW(), NOW(), 0)", SUSPENDED);
			jdbc.update("INSERT INTO service (id, organisation_id, organisation_name_en, service_type, name_en,"
					+ " sex_eligibility, capacity_status, created_at, updated_at, version) VALUES (?, ?,"
					+ " 'Suspended Shelter Org', 'shelter', 'Suspended shelter', 'ANY', 'AVAILABLE', NOW(), NOW(), 0)",
					ITS_SERVICE, SUSPENDED);
			try {
				assertProblem(get("/api/hsds/organizations/" + SUSPENDED), 404, "not-found");
				assertProblem(get("/api/hsds/services/" + ITS_SERVICE), 404, "not-found");
				assertThat(get("/api/hsds/organizations?search=suspended").json().get("contents")).isEmpty();
				assertThat(get("/api/hsds/services?search=suspended").json().get("contents")).isEmpty();
			}
			finally {
				jdbc.update("DELETE FROM service WHERE id = ?", ITS_SERVICE);
				jdbc.update("DELETE FROM organisation WHERE id = ?", SUSPENDED);
			}
		}

	}

	@Nested
	class Errors {

		@ParameterizedTest
		@ValueSource(strings = { "organizations", "services" })
		void shouldRefuseMoreThanOneHundredPerPage(String list) {
			Response response = get("/api/hsds/" + list + "?per_page=1000");

			assertProblem(response, 400, "validation");
			assertThat(response.json().get("errors").get(0).get("message").asString()).contains("100");
			assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("per_page");
		}

		@ParameterizedTest
		@ValueSource(strings = { "/api/hsds/services?page=0", "/api/hsds/organizations?per_page=0" })
		void shouldRefuseAPageBelowOne(String path) {
			assertProblem(get(path), 400, "validation");
		}

		@ParameterizedTest
		@ValueSource(strings = { "/api/hsds/services?modified_after=last-week",
				"/api/hsds/organizations?modified_after=2026-11-01", "/api/hsds/organizations/not-a-uuid",
				"/api/hsds/services/42" })
		void shouldRefuseAMalformedInstantOrId(String path) {
			assertProblem(get(path), 400, "malformed-request");
		}

		@ParameterizedTest
		@ValueSource(strings = { "organizations", "services" })
		void shouldAnswerNotFoundForAnUnknownId(String kind) {
			assertProblem(get("/api/hsds/" + kind + "/" + UNKNOWN), 404, "not-found");
		}

		@ParameterizedTest
		@ValueSource(strings = { "/api/hsds/organizations", "/api/hsds/services", "/api/hsds/organizations/" + TDH,
				"/api/hsds/services/" + TDH_COUNSELLING })
		void shouldRequireAToken(String path) {
			assertProblem(api().get(path, null), 401, "unauthenticated");
		}

	}

	@Test
	void shouldDocumentTheHsdsFieldNamesInTheOpenApiDocument() {
		JsonNode schemas = get("/v3/api-docs").json().get("components").get("schemas");

		assertThat(schemas.get("ServiceSummary").get("properties").has("last_modified")).isTrue();
		assertThat(schemas.get("Address").get("properties").has("state_province")).isTrue();
		assertThat(schemas.get("Service").get("properties").has("service_at_locations")).isTrue();
	}

	private Response get(String path) {
		return api().get(path, issuer.tokenFor(DemoUser.VANNA));
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	private static List<String> names(JsonNode page) {
		return values(page.get("contents"), "name");
	}

	private static List<String> values(JsonNode array, String field) {
		return StreamSupport.stream(array.spliterator(), false).map(item -> item.get(field).asString()).toList();
	}

}
