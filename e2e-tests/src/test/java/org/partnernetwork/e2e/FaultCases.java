package org.partnernetwork.e2e;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The referrals the fault suite sends: each with a case reference of its own (so a
 * duplicate would show), every child's text remembered for the log check.
 */
final class FaultCases {

	private static final String REFERRAL = """
			{"receiverOrganisation": "%s", "serviceType": "psychosocial-counselling", "caseReference": "%s",
			 "child": {"sex": "male", "ageYears": 16, "province": "KH-8", "languages": ["km"]},
			 "urgency": "ROUTINE", "riskLevel": "LOW",
			 "summary": "%s",
			 "consent": {"givenBy": "CAREGIVER", "childAssented": true, "recordedAt": "%s"},
			 "send": %b}""";

	private FaultCases() {
	}

	/**
	 * A new case reference, unique across runs, e.g. {@code FAULT-DB-1732422000123-7}.
	 */
	static String caseReference(String scenario, int number) {
		return ChildTexts.remember("FAULT-" + scenario + "-" + System.currentTimeMillis() + "-" + number);
	}

	/** A boy of 16 referred to tdh-nl for counselling, with consent, sent at once. */
	static String sentReferral(String caseReference) {
		return referral("tdh-nl", caseReference, true);
	}

	/**
	 * The same, kept as a draft for {@code receiver}: creating it touches only
	 * referral-service and its database.
	 */
	static String draft(String receiver, String caseReference) {
		return referral(receiver, caseReference, false);
	}

	/** The summary a referral for this case reference carries. */
	static String summary(String caseReference) {
		return ChildTexts
			.remember("Boy, 16, case " + caseReference + ": left school, wants a trade; counselling first.");
	}

	private static String referral(String receiver, String caseReference, boolean send) {
		return REFERRAL.formatted(receiver, caseReference, summary(caseReference),
				Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS), send);
	}

}
