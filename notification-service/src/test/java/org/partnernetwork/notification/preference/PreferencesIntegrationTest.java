package org.partnernetwork.notification.preference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnernetwork.testsupport.ProblemAssertions.assertProblem;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.partnernetwork.notification.NotificationIntegrationTest;
import org.partnernetwork.testsupport.DemoUser;
import org.partnernetwork.testsupport.HttpApi.Response;

import tools.jackson.databind.JsonNode;

/**
 * Each person reads and changes only their own notification settings; a bad time,
 * language or channel is refused naming its field and changes nothing; every change is in
 * the audit trail with which settings changed.
 */
class PreferencesIntegrationTest extends NotificationIntegrationTest {

	private static final String PATH = "/api/notifications/preferences";

	private long auditBefore;

	@BeforeEach
	void nobodyChoseYet() {
		jdbc.update("delete from notification_preference");
		auditBefore = jdbc.queryForObject("select coalesce(max(id), 0) from audit_event", Long.class);
	}

	@Test
	void shouldOfferTheInboxAndEMailAtAnyTimeInTheAccountsLanguageUntilSomeoneChooses() {
		JsonNode mine = api().get(PATH, token(DemoUser.SOPHEA)).json();

		assertThat(mine.get("inbox").asBoolean()).isTrue();
		assertThat(mine.get("email").asBoolean()).isTrue();
		assertThat(mine.get("telegram").asBoolean()).isFalse();
		assertThat(mine.get("telegramLinked").asBoolean()).isFalse();
		assertThat(mine.get("language").isNull()).isTrue();
		assertThat(mine.get("quietFrom").isNull()).isTrue();
	}

	@Test
	void shouldKeepMyChoiceForMeOnlyAndAuditWhichSettingsChanged() {
		Response saved = put(PATH, token(DemoUser.SOPHEA), """
				{"email": false, "telegram": false, "language": "km", "quietFrom": "21:00", "quietTo": "07:00"}""");

		assertThat(saved.status()).as(saved.body()).isEqualTo(200);
		assertThat(saved.header("Cache-Control")).contains("no-store");
		JsonNode mine = api().get(PATH, token(DemoUser.SOPHEA)).json();
		assertThat(mine.get("email").asBoolean()).isFalse();
		assertThat(mine.get("language").asString()).isEqualTo("km");
		assertThat(mine.get("quietFrom").asString()).isEqualTo("21:00");
		assertThat(mine.get("quietTo").asString()).isEqualTo("07:00");
		assertThat(api().get(PATH, token(DemoUser.DARA)).json().get("email").asBoolean())
			.as("another person's settings are theirs")
			.isTrue();
		assertThat(audit(DemoUser.SOPHEA)).containsExactly(Map.of("actor_username", "sophea.aple", "action",
				"change-preferences:email,language,quiet-hours", "outcome", "ALLOWED"));

		preferences(DemoUser.SOPHEA, """
				{"email": true, "telegram": false, "language": "km", "quietFrom": "21:00", "quietTo": "07:00"}""");
		assertThat(audit(DemoUser.SOPHEA)).extracting(row -> row.get("action"))
			.containsExactly("change-preferences:email,language,quiet-hours", "change-preferences:email");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			{"email": true, "telegram": false, "language": "fr"}                                  | language
			{"email": true, "telegram": false, "quietFrom": "25:00", "quietTo": "07:00"}          | quietFrom
			{"email": true, "telegram": false, "quietFrom": "21:00", "quietTo": "7am"}            | quietTo
			{"email": true, "telegram": false, "quietFrom": "21:00"}                              | quietTo
			{"email": true, "telegram": false, "quietFrom": "21:00", "quietTo": "21:00"}          | quietTo
			{"email": "yes", "telegram": false}                                                   | email
			{"email": true}                                                                       | telegram
			{"email": true, "telegram": true}                                                     | telegram
			{"email": true, "telegram": false, "sms": true}                                       | sms
			""")
	void shouldRefuseABadSettingNamingItsFieldAndChangeNothing(String body, String field) {
		Response refused = put(PATH, token(DemoUser.SOPHEA), body);

		assertThat(refused.status()).as(refused.body()).isEqualTo(400);
		assertThat(refused.contentType()).contains("application/problem+json");
		assertThat(refused.json().get("errors").findValuesAsString("field")).contains(field);
		assertThat(api().get(PATH, token(DemoUser.SOPHEA)).json().get("email").asBoolean()).isTrue();
		assertThat(audit(DemoUser.SOPHEA)).extracting(row -> row.get("outcome")).containsOnly("REFUSED");
	}

	@Test
	void shouldRefuseAMemberWithoutARoleAndACallerWithoutAToken() {
		String noRole = issuer.token().username("new.member").organisations("aple").build();

		assertProblem(api().get(PATH, noRole), 403, "forbidden");
		assertProblem(put(PATH, noRole, "{\"email\": false, \"telegram\": false}"), 403, "forbidden");
		assertProblem(api().get(PATH, null), 401, "unauthenticated");
		assertProblem(put(PATH, null, "{\"email\": false, \"telegram\": false}"), 401, "unauthenticated");
	}

	private List<Map<String, Object>> audit(DemoUser person) {
		return jdbc.queryForList("""
				select actor_username, action, outcome from audit_event
				where resource_type = 'notification-settings' and actor_id = ? and id > ? order by id""",
				subjectOf(person), auditBefore);
	}

}
