package org.partnernetwork.vocational.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnernetwork.testsupport.DemoUser.DARA;
import static org.partnernetwork.testsupport.DemoUser.VANNA;
import static org.partnernetwork.testsupport.ProblemAssertions.assertProblem;

import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.partnernetwork.testsupport.HttpApi.Response;
import org.partnernetwork.vocational.VocationalIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An offer holds its seat until the end of a day in Cambodia; after that the hold lapses
 * and the seat is free again.
 */
class HoldExpiryIntegrationTest extends VocationalIntegrationTest {

	@Autowired
	private HoldExpiry expiry;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void shouldExpireAnOfferWhoseHoldLapsedAndFreeItsSeat() {
		String opening = postOpening(token(VANNA), openingBody(1, ""));
		String id = requestedPlacement(opening);
		act(VANNA, id, "offer", holdUntil(TODAY.plusDays(2)));
		var lastMinuteHeld = TODAY.plusDays(3).atStartOfDay(ZoneId.of("Asia/Phnom_Penh")).toInstant().minusSeconds(1);

		expiry.expireLapsed(lastMinuteHeld);
		assertThat(read(DARA, id).json().get("status").asString()).isEqualTo("OFFERED");

		assertThat(expiry.expireLapsed(lastMinuteHeld.plusSeconds(1))).isGreaterThanOrEqualTo(1);
		Response expired = read(DARA, id);
		assertThat(expired.json().get("status").asString()).isEqualTo("EXPIRED");
		assertThat(expired.json().get("closureCode").asString()).isEqualTo("HOLD_LAPSED");
		assertThat(api().get("/api/openings/" + opening, token(DARA)).json().get("seatsFree").asInt()).isEqualTo(1);
		assertProblem(act(VANNA, id, "enrol", ""), 409, "invalid-transition");
		assertThat(jdbc.queryForList("""
				select actor_username from audit_event where resource_id = ? and action = 'expire'""", String.class,
				id))
			.containsExactly("partner-network");
	}

	@Test
	void shouldGiveTheSeatOfALapsedHoldToTheNextOfferAtOnce() {
		String opening = postOpening(token(VANNA), openingBody(1, ""));
		String lapsed = requestedPlacement(opening);
		act(VANNA, lapsed, "offer", holdUntil(TODAY));
		String next = requestedPlacement(opening);
		assertProblem(act(VANNA, next, "offer", holdUntil(TODAY)), 409, "no-seat-free");

		// a day passes
		jdbc.update("update placement set hold_until = ? where id = ?", TODAY.minusDays(1), lapsed);
		Response offered = act(VANNA, next, "offer", holdUntil(TODAY));

		assertThat(offered.status()).as(offered.body()).isEqualTo(200);
		assertThat(read(DARA, lapsed).json().get("status").asString()).isEqualTo("EXPIRED");
		assertThat(api().get("/api/openings/" + opening, token(DARA)).json().get("seatsFree").asInt()).isZero();
	}

	@Test
	void shouldStillLetTheCentreEnrolOnALapsedHoldWhileNobodyElseTookTheSeat() {
		String opening = postOpening(token(VANNA), openingBody(1, ""));
		String id = requestedPlacement(opening);
		act(VANNA, id, "offer", holdUntil(TODAY));
		jdbc.update("update placement set hold_until = ? where id = ?", TODAY.minusDays(1), id);

		assertThat(act(VANNA, id, "enrol", "").json().get("status").asString()).isEqualTo("ENROLLED");
		assertThat(api().get("/api/openings/" + opening, token(DARA)).json().get("seatsFree").asInt()).isZero();
	}

}
