package org.partnernetwork.vocational.placement;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.partnernetwork.testsupport.DemoUser.DARA;
import static org.partnernetwork.testsupport.DemoUser.VANNA;
import static org.partnernetwork.testsupport.ProblemAssertions.assertProblem;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnernetwork.testsupport.HttpApi.Response;
import org.partnernetwork.vocational.VocationalIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A seat request may name the referral it belongs to, if the requesting organisation can
 * see that referral: referral-service (WireMock here) is asked with the caller's own
 * token. Nothing is saved when it says no or cannot say.
 */
class ReferralLinkIntegrationTest extends VocationalIntegrationTest {

	@Autowired
	private JdbcTemplate jdbc;

	private String opening;

	@BeforeEach
	void anOpening() {
		opening = postOpening(token(VANNA), openingBody(1, ""));
	}

	@Test
	void shouldLinkAReferralTheRequesterCanSeeAskingWithTheRequestersToken() {
		UUID referral = UUID.randomUUID();
		referralVisible(referral);
		String token = token(DARA);

		Response requested = api().post("/api/placements", token,
				seatBody(opening, 16, "male", "\"referralId\": \"" + referral + "\""));

		assertThat(requested.status()).as(requested.body()).isEqualTo(201);
		assertThat(requested.json().get("referralId").asString()).isEqualTo(referral.toString());
		referrals.server()
			.verify(getRequestedFor(urlPathEqualTo("/api/referrals/" + referral)).withHeader("Authorization",
					equalTo("Bearer " + token)));
	}

	@Test
	void shouldAnswer404ForAReferralTheRequesterCannotSeeAndSaveNothing() {
		int before = placements();
		Response refused = requestSeat(DARA,
				seatBody(opening, 16, "male", "\"referralId\": \"" + UUID.randomUUID() + "\""));

		assertProblem(refused, 404, "not-found");
		assertThat(refused.json().get("detail").asString()).contains("referral");
		assertThat(placements()).isEqualTo(before);
	}

	@Test
	void shouldAnswer503AndSaveNothingWhenReferralServiceFailsOrIsDown() {
		int before = placements();
		UUID referral = UUID.randomUUID();
		referrals.server()
			.stubFor(get(urlPathEqualTo("/api/referrals/" + referral)).willReturn(aResponse().withStatus(500)));
		String body = seatBody(opening, 16, "male", "\"referralId\": \"" + referral + "\"");
		assertProblem(requestSeat(DARA, body), 503, "referrals-unavailable");

		referrals.down();
		try {
			assertProblem(requestSeat(DARA, body), 503, "referrals-unavailable");
			assertThat(placements()).isEqualTo(before);
			assertThat(requestSeat(DARA, seatBody(opening, 16, "male", "")).status())
				.as("a request that names no referral does not need referral-service")
				.isEqualTo(201);
		}
		finally {
			referrals.up();
		}
	}

	private int placements() {
		return jdbc.queryForObject("select count(*) from placement", Integer.class);
	}

}
