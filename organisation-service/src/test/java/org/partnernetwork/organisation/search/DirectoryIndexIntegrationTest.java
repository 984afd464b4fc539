package org.partnernetwork.organisation.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.partnernetwork.testsupport.DemoUser;
import org.partnernetwork.testsupport.HttpApi.Response;
import org.partnernetwork.testsupport.ServiceIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;

/**
 * Directory search in its index, against the demo directory: Khmer as words, English
 * stemmed, type names as synonyms, misspellings, organisation names, filters, counts and
 * order, the index kept in step with changes and rebuilt when the database changed behind
 * it. Runs on a database of its own, as it adds services.
 */
@TestPropertySource(properties = "partner-network.test.context=search-index")
class DirectoryIndexIntegrationTest extends ServiceIntegrationTest {

	static final String POLICE_ADMIN = issuer.token()
		.username("admin.ahtjp")
		.organisations("kandal-ahtjp")
		.roles("org-admin")
		.build();

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SearchIndex index;

	@Nested
	class Khmer {

		@Test
		void shouldFindKhmerWordsApartAndInAnyOrder() {
			// ការប្រឹក្សា (counselling) and កុមារ (child): in one name, one description
			List<String> found = names(search("/api/services?q=" + encode("កុមារ ការប្រឹក្សា")));

			assertThat(found).containsExactlyInAnyOrder("Counselling for child survivors", "Psychosocial counselling");
			assertThat(names(search("/api/services?q=" + encode("ការប្រឹក្សា កុមារ"))))
				.containsExactlyInAnyOrderElementsOf(found);
		}

		@Test
		void shouldSayWhereKhmerTextWasFound() {
			JsonNode first = items(search("/api/services?q=" + encode("ការប្រឹក្សាផ្លូវចិត្ត"))).findFirst()
				.orElseThrow();

			assertThat(strings(first.get("matchedIn"))).containsExactly("name.km");
		}

	}

	@Nested
	class English {

		@ParameterizedTest(name = "\"{0}\" finds {1}")
		@CsvSource({ "trainings, Vocational training", "counsel, Psychosocial counselling",
				"reintegrating families, Family reintegration" })
		void shouldFindOtherFormsOfAWord(String text, String service) {
			assertThat(names(search("/api/services?q=" + encode(text)))).contains(service);
		}

		@ParameterizedTest(name = "misspelt \"{0}\" finds {1}")
		@CsvSource({ "conselling, Psychosocial counselling", "mechancs, Vocational training",
				"Terre des Homes, Welfare kits", "Mekog, Family reintegration" })
		void shouldFindAMisspeltWord(String text, String service) {
			assertThat(names(search("/api/services?q=" + encode(text)))).contains(service);
		}

		@Test
		void shouldNotLoosenAWordThatIsFound() {
			assertThat(names(search("/api/services?q=shelter"))).containsExactly("Emergency and transitional shelter");
		}

	}

	@Nested
	class Names {

		@ParameterizedTest(name = "\"{0}\" finds the services of {1}")
		@CsvSource({ "APLE, aple, 3", "Terre des Hommes, tdh-nl, 4", "Mekong, mekong-youth, 2", "tdh, tdh-nl, 4",
				"អាប្លេ, aple, 3" })
		void shouldFindTheServicesOfAnOrganisationByItsName(String text, String organisation, int services) {
			Response found = search("/api/services?q=" + encode(text));

			assertThat(organisations(found)).hasSize(services).containsOnly(organisation);
			assertThat(strings(items(found).findFirst().orElseThrow().get("matchedIn")))
				.anyMatch(source -> source.startsWith("organisation."));
		}

		@Test
		void shouldFindOrganisationsByNameAndSayWhere() {
			Response found = search("/api/organisations?q=" + encode("Terre des Hommes"));

			assertThat(items(found).map(item -> item.get("slug").asString())).containsExactly("tdh-nl");
			assertThat(strings(items(found).findFirst().orElseThrow().get("matchedIn"))).contains("name.en");
		}

	}

	@Nested
	class Synonyms {

		@Test
		void shouldFindAServiceByTheOtherLanguagesNameOfItsType() {
			add("Free lawyers at the station", "មេធាវីឥតគិតថ្លៃ ជំនួយផ្លូវច្បាប់");
			add("Legal aid desk", "តុព័ត៌មាន");

			// the type's English name finds its Khmer name, and back
			assertThat(names(search("/api/services?q=" + encode("legal aid")))).contains("Free lawyers at the station")
				.doesNotContain("Court accompaniment");
			assertThat(names(search("/api/services?q=" + encode("ជំនួយផ្លូវច្បាប់")))).contains("Legal aid desk");
		}

		private void add(String nameEn, String nameKm) {
			Response created = api().post("/api/organisations/kandal-ahtjp/services", POLICE_ADMIN, """
					{"serviceType":"legal-aid","name":{"en":"%s","km":"%s"},
					 "eligibility":{"minAge":0,"maxAge":17,"sex":"any"},"languages":["km"],"provinces":["KH-8"],
					 "capacityStatus":"available"}""".formatted(nameEn, nameKm));
			assertThat(created.status()).as(created.body()).isEqualTo(201);
		}

	}

	@Nested
	class FiltersAndCounts {

		@Test
		void shouldCountAllMatchesByTypeAndAgeGroup() {
			JsonNode all = search("/api/services?size=100").json();
			JsonNode counts = search("/api/services?size=1").json().get("counts");

			assertThat(counts.get("serviceTypes").get("psychosocial-counselling").asLong()).isEqualTo(2);
			assertThat(counts.get("ageGroups").get("18+").asLong()).as("16-24 and no upper age").isEqualTo(3);
			assertThat(counts.get("ageGroups").properties().stream().map(e -> entry(e.getKey(), e.getValue().asLong())))
				.containsExactly(entry("0-5", servicesTaking(all, 0, 5)), entry("6-11", servicesTaking(all, 6, 11)),
						entry("12-17", servicesTaking(all, 12, 17)), entry("18+", servicesTaking(all, 18, 200)));
		}

		private static long servicesTaking(JsonNode page, int from, int to) {
			return StreamSupport.stream(page.get("items").spliterator(), false)
				.map(item -> item.get("service").get("eligibility"))
				.filter(ages -> (ages.get("minAge").isNull() || ages.get("minAge").asInt() <= to)
						&& (ages.get("maxAge").isNull() || ages.get("maxAge").asInt() >= from))
				.count();
		}

		@Test
		void shouldCountOnlyWhatTheFiltersLetThrough() {
			JsonNode found = search("/api/services?age=16&sex=female&capacity=available&size=100").json();
			JsonNode counts = found.get("counts");

			// every match takes a 16-year-old (the 12-17 group) and has one type
			assertThat(counts.get("ageGroups").get("12-17").asLong()).isEqualTo(found.get("totalItems").asLong());
			assertThat(StreamSupport.stream(counts.get("serviceTypes").spliterator(), false)
				.mapToLong(JsonNode::asLong)
				.sum()).isEqualTo(found.get("totalItems").asLong());
			assertThat(counts.get("serviceTypes").has("shelter")).as("waitlisted").isFalse();
			assertThat(counts.get("serviceTypes").get("vocational-training").asLong()).isEqualTo(1);
			assertThat(found.get("items").size()).isEqualTo(found.get("totalItems").asInt());
		}

		@Test
		void shouldOrderByRelevanceUnlessAskedForNames() {
			// a name match ranks above a description match; name order puts APLE first
			assertThat(names(search("/api/services?q=counselling")).get(0)).isEqualTo("Psychosocial counselling");
			assertThat(organisations(search("/api/services?q=counselling&sort=name"))).first().isEqualTo("aple");
		}

	}

	@Nested
	class KeptInStep {

		@Test
		void shouldRebuildTheIndexWhenTheDatabaseChangedBehindIt() {
			jdbc.update("UPDATE service SET name_en = 'Bicycle repair apprenticeship', updated_at = NOW(6),"
					+ " version = version + 1 WHERE id = '00000000-0000-4000-8000-00000000c008'");
			assertThat(names(search("/api/services?q=bicycle"))).isEmpty();

			assertThat(index.rebuildIfOutdated()).isTrue();

			assertThat(names(search("/api/services?q=bicycle"))).containsExactly("Bicycle repair apprenticeship");
			assertThat(index.rebuildIfOutdated()).isFalse();
		}

		@Test
		void shouldLetOnlyTheNetworkAdminRebuildTheIndex() {
			assertThat(api().post("/api/search-index", issuer.tokenFor(DemoUser.SOPHEA), "").status()).isEqualTo(403);

			JsonNode rebuilt = api().post("/api/search-index", issuer.tokenFor(DemoUser.ADMIN_NETWORK), "").json();

			assertThat(rebuilt.get("entries").asLong()).isGreaterThanOrEqualTo(16);
			assertThat(rebuilt.get("bytes").asLong()).isPositive();
		}

	}

	private Response search(String path) {
		return api().get(path, issuer.tokenFor(DemoUser.SOPHEA));
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	private static List<String> names(Response response) {
		return items(response).map(item -> item.get("service").get("name").get("en").asString()).toList();
	}

	private static List<String> organisations(Response response) {
		return items(response).map(item -> item.get("organisation").get("slug").asString()).toList();
	}

	private static List<String> strings(JsonNode array) {
		return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asString).toList();
	}

	private static Stream<JsonNode> items(Response response) {
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return StreamSupport.stream(response.json().get("items").spliterator(), false);
	}

}
