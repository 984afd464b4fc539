package org.partnernetwork.vocational.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnernetwork.testsupport.DemoUser.VANNA;
import static org.partnernetwork.testsupport.ProblemAssertions.assertProblem;

import java.net.http.HttpRequest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.partnernetwork.testsupport.HttpApi.Response;
import org.partnernetwork.vocational.VocationalIntegrationTest;

/**
 * Work (employed, self-employed, an apprenticeship) is an outcome of a course that has
 * started: refused before its first day (in Phnom Penh), allowed from that day.
 */
class CourseStartIntegrationTest extends VocationalIntegrationTest {

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "EMPLOYED", "SELF_EMPLOYED", "APPRENTICESHIP" })
	void shouldRefuseWorkAsTheOutcomeOfACourseThatHasNotStarted(String outcome) {
		String placement = enrolledOn(postOpening(token(VANNA), openingBody(1, "")));

		Response refused = act(VANNA, placement, "complete", code(outcome));

		assertProblem(refused, 422, "course-not-started");
		assertThat(refused.json().get("errors").findValuesAsString("field")).containsExactly("code");
		assertThat(refused.json().get("errors").findValuesAsString("code")).containsExactly("course-not-started");
		assertThat(refused.json().get("detail").asString()).contains("The course starts on " + TODAY.plusDays(30));
		assertThat(read(VANNA, placement).json().get("status").asString()).as("nothing changed").isEqualTo("ENROLLED");
	}

	@Test
	void shouldSayTheCourseHasNotStartedInKhmer() {
		String placement = enrolledOn(postOpening(token(VANNA), openingBody(1, "")));

		Response refused = api().send(api().request("/api/placements/" + placement + "/complete", token(VANNA))
			.header("Content-Type", "application/json")
			.header("Accept-Language", "km")
			.POST(HttpRequest.BodyPublishers.ofString(code("EMPLOYED")))
			.build());

		assertProblem(refused, 422, "course-not-started");
		assertThat(refused.json().get("title").asString()).isEqualTo("វគ្គសិក្សាមិនទាន់ចាប់ផ្តើមទេ");
		assertThat(refused.json().get("detail").asString()).contains("វគ្គសិក្សាចាប់ផ្តើមនៅថ្ងៃទី");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "FURTHER_EDUCATION", "NOT_WORKING" })
	void shouldRecordAnOutcomeThatIsNotWorkBeforeTheCourseStarts(String outcome) {
		String placement = enrolledOn(postOpening(token(VANNA), openingBody(1, "")));

		Response completed = act(VANNA, placement, "complete", code(outcome));

		assertThat(completed.status()).as(completed.body()).isEqualTo(200);
		assertThat(completed.json().get("closureCode").asString()).isEqualTo(outcome);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "EMPLOYED", "SELF_EMPLOYED", "APPRENTICESHIP" })
	void shouldRecordWorkFromTheDayTheCourseStarts(String outcome) {
		String placement = enrolledOn(postOpening(token(VANNA), openingStartingToday(1)));

		Response completed = act(VANNA, placement, "complete", code(outcome));

		assertThat(completed.status()).as(completed.body()).isEqualTo(200);
		assertThat(completed.json().get("status").asString()).isEqualTo("COMPLETED");
		assertThat(completed.json().get("closureCode").asString()).isEqualTo(outcome);
	}

	private String enrolledOn(String opening) {
		String placement = requestedPlacement(opening);
		assertThat(act(VANNA, placement, "offer", holdUntil(TODAY)).status()).isEqualTo(200);
		assertThat(act(VANNA, placement, "enrol", "").status()).isEqualTo(200);
		return placement;
	}

	private static String code(String outcome) {
		return "{\"code\": \"" + outcome + "\"}";
	}

}
