package org.partnernetwork.referral.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnernetwork.testsupport.Concurrently.together;
import static org.partnernetwork.testsupport.DemoUser.DARA;
import static org.partnernetwork.testsupport.DemoUser.SOPHEA;
import static org.partnernetwork.testsupport.ProblemAssertions.assertProblem;

import java.net.http.HttpRequest;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.partnernetwork.referral.ReferralIntegrationTest;
import org.partnernetwork.testsupport.HttpApi.Response;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A retried create makes one referral; two people acting at once: one wins, the other
 * gets 409.
 */
class IdempotencyAndConcurrencyIntegrationTest extends ReferralIntegrationTest {

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void shouldReplayTheFirstAnswerForTheSameKeyAndBody() {
		String key = UUID.randomUUID().toString();
		Response first = createWithKey(key, referralBody("\"send\": true"));
		Response retry = createWithKey(key, referralBody("\"send\": true"));

		assertThat(first.status()).isEqualTo(201);
		assertThat(retry.status()).isEqualTo(201);
		assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
		assertThat(retry.header("Idempotency-Replayed")).isEqualTo("true");
		assertThat(retry.json().get("id")).isEqualTo(first.json().get("id"));
		assertThat(referralsWithId(first.json().get("id").asString())).isEqualTo(1);
		assertProblem(createWithKey(key, referralBody("\"send\": true").replace("MEDIUM", "HIGH")), 422,
				"idempotency-key-reused");
	}

	@Test
	void shouldMakeOneReferralWhenRetriesArriveTogether() throws Exception {
		String key = UUID.randomUUID().toString();
		int before = jdbc.queryForObject("select count(*) from referral", Integer.class);

		List<Response> answers = together(8, () -> createWithKey(key, referralBody("")));

		assertThat(answers).allSatisfy(answer -> assertThat(answer.status()).as(answer.body()).isEqualTo(201));
		assertThat(answers.stream().map(answer -> answer.json().get("id").asString()).distinct()).hasSize(1);
		assertThat(jdbc.queryForObject("select count(*) from referral", Integer.class)).isEqualTo(before + 1);
	}

	@Test
	void shouldLetOneOfTwoSimultaneousActionsWin() throws Exception {
		for (int round = 0; round < 5; round++) {
			String id = sentReferral();

			List<Response> answers = together(2, () -> act(DARA, id, "accept", ""));

			assertThat(answers).extracting(Response::status).containsExactlyInAnyOrder(200, 409);
			assertThat(read(SOPHEA, id).json().get("timeline").findValuesAsString("type")).containsExactly("CREATED",
					"SEND", "ACCEPT");
		}
	}

	private Response createWithKey(String key, String body) {
		HttpRequest request = api().request("/api/referrals", token(SOPHEA))
			.header("Content-Type", "application/json")
			.header("Idempotency-Key", key)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		return api().send(request);
	}

	private int referralsWithId(String id) {
		return jdbc.queryForObject("select count(*) from referral where id = ?", Integer.class, id);
	}

}
