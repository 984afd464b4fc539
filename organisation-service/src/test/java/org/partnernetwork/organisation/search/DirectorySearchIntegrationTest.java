package org.partnernetwork.organisation.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnernetwork.testsupport.ProblemAssertions.assertProblem;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.partnernetwork.testsupport.DemoUser;
import org.partnernetwork.testsupport.HttpApi.Response;
import org.partnernetwork.testsupport.ServiceIntegrationTest;

import tools.jackson.databind.JsonNode;

/**
 * A coordinator finds the right service for a child in one search, against the demo
 * directory.
 */
class DirectorySearchIntegrationTest extends ServiceIntegrationTest {

	@Nested
	class Services {

		@Test
		void shouldFindCounsellingInKhmerForATwelveYearOldBoyInKandal() {
			Response found = search(
					"/api/services?serviceType=psychosocial-counselling&province=KH-8&age=12&sex=male&language=km");

			assertThat(found.status()).isEqualTo(200);
			assertThat(organisations(found)).containsExactly("aple", "tdh-nl");
			JsonNode first = found.json().get("items").get(0);
			assertThat(first.get("service").get("serviceType").asString()).isEqualTo("psychosocial-counselling");
			assertThat(first.get("organisation").get("name").get("km").asString()).isNotBlank();
		}

		@Test
		void shouldFindMechanicsTrainingForASixteenYearOldButNotForAFifteenYearOld() {
			assertThat(organisations(search("/api/services?serviceType=vocational-training&age=16")))
				.containsExactly("kandal-vtc");
			assertThat(organisations(search("/api/services?serviceType=vocational-training&age=15"))).isEmpty();
		}

		@ParameterizedTest(name = "free text \"{0}\" finds {1}")
		@CsvSource({ "mechanics, kandal-vtc", "Motorbike mechanic, kandal-vtc", "ម៉ូតូ, kandal-vtc",
				"ការប្រឹក្សាផ្លូវចិត្ត, tdh-nl", "shelter confidential, mekong-youth" })
		void shouldFindByFreeTextInEnglishAndKhmer(String text, String organisation) {
			assertThat(organisations(search("/api/services?q=" + encode(text)))).containsExactly(organisation);
		}

		@ParameterizedTest(name = "Khmer \"{0}\" finds {1}")
		@CsvSource({ "ជួសជុល, kandal-vtc", "វិញ្ញាបនបត្រ។, kandal-vtc", "សុវត្ថិភាព, mekong-youth", "ទី, mekong-youth",
				"ខែ, tdh-nl", "ស៉ើប, kandal-ahtjp" })
		void shouldFindKhmerTextInsideTheWordsOfANameOrADescription(String text, String organisation) {
			// ស៉ើប is written with another sign than the directory's ស៊ើប; the database
			// takes the two as equal
			assertThat(organisations(search("/api/services?q=" + encode(text)))).containsExactly(organisation);
		}

		@Test
		void shouldFindNothingForKhmerTextThatIsNowhere() {
			assertThat(organisations(search("/api/services?q=" + encode("ជួសជុលកង់")))).isEmpty();
			assertThat(organisations(search("/api/services?q=" + encode("ថៃ")))).isEmpty();
		}

		@Test
		void shouldListKhmerMatchesInTheOrderOfTheirOrganisationsNames() {
			assertThat(organisations(search("/api/services?q=" + encode("កុមារ")))).containsExactly("aple", "aple",
					"aple", "kandal-ahtjp", "mekong-youth", "tdh-nl", "tdh-nl", "tdh-nl");
		}

		@Test
		void shouldFilterByCapacity() {
			assertThat(organisations(search("/api/services?capacity=waitlist"))).containsExactlyInAnyOrder("aple",
					"mekong-youth");
		}

		@Test
		void shouldPageInAStableOrder() {
			List<String> all = ids(search("/api/services?size=100"));
			List<String> paged = new ArrayList<>();
			for (int page = 0; page < 6; page++) {
				paged.addAll(ids(search("/api/services?size=2&page=" + page)));
			}

			assertThat(all).hasSize(11);
			assertThat(paged).isEqualTo(all);
			assertThat(search("/api/services?size=2").json().get("totalPages").asInt()).isEqualTo(6);
		}

		@ParameterizedTest(name = "{0} is refused with a field error on {1}")
		@CsvSource({ "province=KH-99, province", "age=-1, age", "age=abc, age", "sex=boy, sex",
				"language=Khmer, language", "capacity=some, capacity", "size=101, size",
				"serviceType=Legal%20Aid, serviceType" })
		void shouldRefuseFiltersThatCannotBeRight(String query, String field) {
			Response response = search("/api/services?" + query);

			assertProblem(response, 400, "validation");
			assertThat(response.json().get("errors").toString()).contains("\"" + field + "\"");
		}

	}

	@Nested
	class Organisations {

		@Test
		void shouldFindOrganisationsOfferingAMatchingService() {
			assertThat(slugs(search("/api/organisations?serviceType=shelter"))).containsExactly("mekong-youth");
			assertThat(slugs(search("/api/organisations?province=KH-21"))).containsExactly("tdh-nl");
		}

		@Test
		void shouldFindOrganisationsByTheirNameOrTheirServices() {
			assertThat(slugs(search("/api/organisations?q=APLE"))).containsExactly("aple");
			assertThat(slugs(search("/api/organisations?q=" + encode("welfare kits")))).containsExactly("tdh-nl");
		}

		@Test
		void shouldFindOrganisationsByKhmerTextInTheirNameOrTheirServices() {
			assertThat(slugs(search("/api/organisations?q=" + encode("កម្ពុជា")))).containsExactly("aple", "tdh-nl");
			assertThat(slugs(search("/api/organisations?q=" + encode("ជួសជុល")))).containsExactly("kandal-vtc");
			assertThat(slugs(search("/api/organisations?serviceType=shelter&q=" + encode("យុវជន"))))
				.containsExactly("mekong-youth");
		}

		@Test
		void shouldPageOrganisationsInTheOrderOfTheirNames() {
			List<String> all = slugs(search("/api/organisations?size=100"));
			List<String> paged = new ArrayList<>();
			for (int page = 0; page < 3; page++) {
				paged.addAll(slugs(search("/api/organisations?size=2&page=" + page)));
			}

			assertThat(all).containsExactly("aple", "kandal-ahtjp", "kandal-vtc", "mekong-youth", "tdh-nl");
			assertThat(paged).isEqualTo(all);
		}

	}

	private Response search(String path) {
		return api().get(path, issuer.tokenFor(DemoUser.SOPHEA));
	}

	private static String encode(String text) {
		return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
	}

	private static List<String> organisations(Response response) {
		return items(response).map(item -> item.get("organisation").get("slug").asString()).toList();
	}

	private static List<String> ids(Response response) {
		return items(response).map(item -> item.get("service").get("id").asString()).toList();
	}

	private static List<String> slugs(Response response) {
		return items(response).map(item -> item.get("slug").asString()).toList();
	}

	private static java.util.stream.Stream<JsonNode> items(Response response) {
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return StreamSupport.stream(response.json().get("items").spliterator(), false);
	}

}
