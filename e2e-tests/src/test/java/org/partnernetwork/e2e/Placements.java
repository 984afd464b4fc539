package org.partnernetwork.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import org.partnernetwork.testsupport.HttpApi;
import org.partnernetwork.testsupport.HttpApi.Response;

/**
 * Kandal VTC's side (vanna.kvtc) and tdh-nl's (dara.tdh) of vocational placements, for
 * the fault suite.
 */
final class Placements {

	private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Phnom_Penh"));

	private final HttpApi gateway;

	private final String centreStaff;

	private final String coordinator;

	Placements(HttpApi gateway, String centreStaff, String coordinator) {
		this.gateway = gateway;
		this.centreStaff = centreStaff;
		this.coordinator = coordinator;
	}

	/**
	 * Welding in Kandal for ages 16–24, its course starting today (so work may be its
	 * outcome), posted by the centre; answers its id.
	 */
	String openingWithSeats(int seats) {
		Response opening = gateway.post("/api/openings", centreStaff, """
				{"trade": "welding", "title": {"en": "Welding", "km": "ផ្សារដែក"},
				 "province": "KH-8", "minAge": 16, "maxAge": 24, "sex": "any", "seats": %d,
				 "startDate": "%s", "durationWeeks": 12, "applicationDeadline": "%s",
				 "stipend": false, "boarding": false, "literacyRequired": false,
				 "certificate": "MoLVT C1"}""".formatted(seats, TODAY, TODAY));
		assertThat(opening.status()).as(opening.body()).isEqualTo(201);
		return opening.json().get("id").asString();
	}

	/**
	 * tdh-nl asks for a seat for the boy of the referral, and the centre offers it;
	 * answers the placement's id.
	 */
	String requestAndOffer(String opening, String referral, String caseReference) {
		String placement = request(opening, referral, caseReference);
		assertThat(act(placement, "offer", "{\"holdUntil\": \"" + TODAY + "\"}")).isEqualTo("OFFERED");
		return placement;
	}

	/**
	 * tdh-nl asks for a seat for a boy of 16, linked to a referral or ({@code null}) not;
	 * answers the placement's id.
	 */
	String request(String opening, String referral, String caseReference) {
		String link = referral == null ? "" : "\"referralId\": \"" + referral + "\", ";
		Response requested = gateway.post("/api/placements", coordinator, """
				{"openingId": "%s", "caseReference": "%s", "age": 16, "sex": "male", %s
				 "consent": {"givenBy": "CAREGIVER", "childAssented": true}}""".formatted(opening, caseReference,
				link));
		assertThat(requested.status()).as(requested.body()).isEqualTo(201);
		return requested.json().get("id").asString();
	}

	/** The centre acts on a placement; answers its new status. */
	String act(String placement, String action, String body) {
		Response answer = gateway.post("/api/placements/" + placement + "/" + action, centreStaff, body);
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		return answer.json().get("status").asString();
	}

	/** Closed, so that later runs search among their own openings. */
	void close(String opening) {
		assertThat(gateway.post("/api/openings/" + opening + "/close", centreStaff, "").status()).isEqualTo(200);
	}

}
