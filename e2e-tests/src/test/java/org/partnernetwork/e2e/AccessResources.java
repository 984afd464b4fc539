package org.partnernetwork.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import org.partnernetwork.testsupport.HttpApi.Response;

import tools.jackson.databind.JsonNode;

/**
 * Real resources owned by particular organisations, made through the gateway by their
 * owners, for the access tests: a referral aple → tdh-nl, a draft of aple, a referral
 * tdh-nl → mekong-youth, an opening of kandal-vtc and tdh-nl's request for a seat on it,
 * and tdh-nl's own directory entries.
 */
final class AccessResources {

	static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Phnom_Penh"));

	final String apleToTdh;

	final String apleDraft;

	final String tdhToMekong;

	final String opening;

	final String placement;

	final String tdhService;

	final String tdhLocation;

	final String hsdsOrganisation;

	final String hsdsService;

	private final PatientGateway gateway;

	AccessResources(PatientGateway gateway) {
		this.gateway = gateway;
		apleToTdh = referral(Callers.SOPHEA, "tdh-nl", "psychosocial-counselling", true);
		apleDraft = referral(Callers.SOPHEA, "tdh-nl", "psychosocial-counselling", false);
		tdhToMekong = referral(Callers.DARA, "mekong-youth", "family-reintegration", true);
		opening = created(Callers.VANNA, "/api/openings", openingBody(null));
		placement = created(Callers.DARA, "/api/placements",
				"""
						{"openingId": "%s", "caseReference": "%s", "age": 17, "sex": "female",
						 "note": "%s", "consent": {"givenBy": "CHILD"}}""".formatted(opening,
						ChildTexts.remember("TDH-ACL-" + System.nanoTime()),
						ChildTexts.remember("Access test: wants to train as a tailor. " + System.nanoTime())));
		JsonNode tdh = gateway.get("/api/organisations/tdh-nl", Callers.token(Callers.TDH_ADMIN)).json();
		tdhService = tdh.get("services").get(0).get("id").asString();
		tdhLocation = tdh.get("locations").get(0).get("id").asString();
		hsdsOrganisation = gateway.get("/api/hsds/organizations?per_page=1", Callers.token(Callers.SOPHEA))
			.json()
			.get("contents")
			.get(0)
			.get("id")
			.asString();
		hsdsService = gateway.get("/api/hsds/services?per_page=1", Callers.token(Callers.SOPHEA))
			.json()
			.get("contents")
			.get(0)
			.get("id")
			.asString();
	}

	/**
	 * An opening of kandal-vtc as its staff posts it; {@code version} is null when
	 * posting.
	 */
	static String openingBody(Long version) {
		return """
				{"trade": "tailoring", "title": {"en": "Tailoring (access test)", "km": "កាត់ដេរ"},
				 "province": "KH-8", "minAge": 15, "maxAge": 24, "sex": "any", "seats": 5,
				 "startDate": "%s", "durationWeeks": 12, "applicationDeadline": "%s",
				 "stipend": false, "boarding": false, "literacyRequired": false%s}""".formatted(TODAY.plusDays(30),
				TODAY.plusDays(20), version == null ? "" : ", \"version\": " + version);
	}

	/**
	 * A referral as its sender's coordinator writes it, with consent; sent unless a draft
	 * is wanted.
	 */
	static String referralBody(String receiver, String serviceType, boolean send) {
		return """
				{"receiverOrganisation": "%s", "serviceType": "%s", "caseReference": "%s",
				 "child": {"sex": "female", "ageYears": 13, "province": "KH-12", "languages": ["km"]},
				 "urgency": "ROUTINE", "riskLevel": "LOW", "summary": "%s",
				 "consent": {"givenBy": "CAREGIVER", "childAssented": true, "recordedAt": "%s"},
				 "send": %s}""".formatted(receiver, serviceType, ChildTexts.remember("ACL-" + System.nanoTime()),
				ChildTexts.remember("Access test: girl, 13, needs support after a family crisis. " + System.nanoTime()),
				Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS), send);
	}

	/** Closes the opening, so that later searches see only their own. */
	void close() {
		assertThat(gateway.send("POST", "/api/openings/" + opening + "/close", Callers.token(Callers.VANNA), null)
			.status()).isEqualTo(200);
	}

	private String referral(String sender, String receiver, String serviceType, boolean send) {
		return created(sender, "/api/referrals", referralBody(receiver, serviceType, send));
	}

	private String created(String owner, String path, String body) {
		Response created = gateway.send("POST", path, Callers.token(owner), body);
		assertThat(created.status()).as("%s %s: %s", owner, path, created.body()).isEqualTo(201);
		return created.json().get("id").asString();
	}

}
