package org.partnernetwork.referral.referral;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.partnernetwork.testsupport.DemoUser.DARA;
import static org.partnernetwork.testsupport.DemoUser.SOPHEA;
import static org.partnernetwork.testsupport.ProblemAssertions.assertProblem;

import java.time.Duration;
import java.time.Instant;

import com.github.tomakehurst.wiremock.http.Fault;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnernetwork.referral.ReferralIntegrationTest;
import org.partnernetwork.testsupport.HttpApi.Response;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Sending checks the receiver through organisation-service (WireMock here) with the
 * user's own token; a mismatch is 422 saying which; a slow, failing or absent directory
 * is a fast 503 that saves nothing, while existing referrals keep working; the circuit
 * opens, then closes again by itself.
 */
@TestPropertySource(
		properties = "resilience4j.circuitbreaker.instances.organisation-service.wait-duration-in-open-state=2s")
class ReceiverCheckIntegrationTest extends ReferralIntegrationTest {

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private CircuitBreakerRegistry circuitBreakers;

	@BeforeEach
	void closedCircuit() {
		circuitBreakers.getAllCircuitBreakers().forEach(CircuitBreaker::reset);
	}

	@Test
	void shouldPassTheUsersOwnTokenToTheDirectoryThroughTheCircuitBreaker() {
		String token = token(SOPHEA);
		assertThat(api().post("/api/referrals", token, referralBody("\"send\": true")).status()).isEqualTo(201);
		directory.verify(getRequestedFor(urlPathEqualTo("/api/organisations/tdh-nl")).withHeader("Authorization",
				equalTo("Bearer " + token)));
	}

	@Test
	void shouldSayWhichPartOfTheReceiverDoesNotFit() {
		assertProblem(create(SOPHEA, referralBody("\"send\": true").replace("\"tdh-nl\"", "\"nobody\"")), 422,
				"receiver-unavailable");
		stubOrganisation("tdh-nl", "suspended", "");
		assertProblem(create(SOPHEA, referralBody("\"send\": true")), 422, "receiver-unavailable");
		stubOrganisation("tdh-nl", "active", "{\"serviceType\": \"welfare-support\", \"eligibility\": {}}");
		assertProblem(create(SOPHEA, referralBody("\"send\": true")), 422, "service-not-offered");

		Response tooOld = create(SOPHEA, referralBody("\"send\": true").replace("\"tdh-nl\"", "\"kandal-vtc\"")
			.replace("psychosocial-counselling", "vocational-training"));
		assertProblem(tooOld, 422, "not-eligible");
		assertThat(tooOld.json().get("errors").findValuesAsString("field")).containsExactly("child.age");
		assertThat(tooOld.json().get("errors").get(0).get("message").asString())
			.isEqualTo("kandal-vtc takes children aged 16–24 for vocational-training");
		assertThat(tooOld.json().get("errors").get(0).get("code").asString()).isEqualTo("age-range");

		Response boyToGirlsShelter = create(SOPHEA,
				referralBody("\"send\": true").replace("\"tdh-nl\"", "\"mekong-youth\"")
					.replace("psychosocial-counselling", "shelter"));
		assertProblem(boyToGirlsShelter, 422, "not-eligible");
		assertThat(boyToGirlsShelter.json().get("errors").findValuesAsString("field")).containsExactly("child.sex");
	}

	@Test
	void shouldFailFastAndSaveNothingWhenTheDirectoryIsSlow() {
		directory.stubFor(get(urlPathEqualTo("/api/organisations/tdh-nl"))
			.willReturn(aResponse().withFixedDelay(6000).withBody("{}")));
		assertDirectoryFailureSavesNothing();
	}

	@Test
	void shouldFailFastAndSaveNothingWhenTheDirectoryResetsOrFails() {
		directory.stubFor(get(urlPathEqualTo("/api/organisations/tdh-nl"))
			.willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
		assertDirectoryFailureSavesNothing();
		directory.stubFor(get(urlPathEqualTo("/api/organisations/tdh-nl")).willReturn(aResponse().withStatus(500)));
		assertDirectoryFailureSavesNothing();
	}

	@Test
	void shouldKeepExistingReferralsWorkingAndCloseTheCircuitAgain() throws InterruptedException {
		String existing = sentReferral();
		String draft = create(SOPHEA, referralBody("")).json().get("id").asString();
		directory.stubFor(get(urlPathEqualTo("/api/organisations/tdh-nl")).willReturn(aResponse().withStatus(500)));

		for (int i = 0; i < 6; i++) {
			assertProblem(act(SOPHEA, draft, "send", ""), 503, "directory-unavailable");
		}
		int callsWhenOpen = directoryCalls();
		assertProblem(act(SOPHEA, draft, "send", ""), 503, "directory-unavailable");
		assertThat(directoryCalls()).as("an open circuit does not call the directory").isEqualTo(callsWhenOpen);

		assertThat(read(DARA, existing).status()).isEqualTo(200);
		assertThat(act(DARA, existing, "accept", "").json().get("status").asString()).isEqualTo("ACCEPTED");

		demoDirectory();
		Instant deadline = Instant.now().plusSeconds(30);
		Response sent = act(SOPHEA, draft, "send", "");
		while (sent.status() == 503 && Instant.now().isBefore(deadline)) {
			Thread.sleep(500);
			sent = act(SOPHEA, draft, "send", "");
		}
		assertThat(sent.status()).as("the circuit closed again by itself").isEqualTo(200);
		assertThat(sent.json().get("status").asString()).isEqualTo("REQUESTED");
	}

	private static int directoryCalls() {
		return directory.countRequestsMatching(getRequestedFor(urlPathEqualTo("/api/organisations/tdh-nl")).build())
			.getCount();
	}

	private void assertDirectoryFailureSavesNothing() {
		int before = jdbc.queryForObject("select count(*) from referral", Integer.class);
		Instant start = Instant.now();
		Response refused = create(SOPHEA, referralBody("\"send\": true"));
		assertProblem(refused, 503, "directory-unavailable");
		assertThat(Duration.between(start, Instant.now())).as("fails fast, within the client's timeouts")
			.isLessThan(Duration.ofSeconds(5));
		assertThat(jdbc.queryForObject("select count(*) from referral", Integer.class)).isEqualTo(before);
	}

}
