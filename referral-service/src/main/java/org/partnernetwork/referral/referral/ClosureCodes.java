package org.partnernetwork.referral.referral;

/**
 * The codes a closing transition must give: why it was declined, failed or cancelled, or
 * how it ended; and why the lead of a case is asked for or kept.
 */
final class ClosureCodes {

	private ClosureCodes() {
	}

	enum DeclineReason {

		NO_CAPACITY, NOT_ELIGIBLE, OUT_OF_AREA, SERVICE_NOT_OFFERED, DUPLICATE, OTHER

	}

	enum FailureReason {

		CHILD_UNREACHABLE, CHILD_DECLINED_SERVICE, SERVICE_UNAVAILABLE, MOVED_AWAY, OTHER

	}

	enum CancelReason {

		NO_LONGER_NEEDED, SENT_IN_ERROR, SERVED_ELSEWHERE, OTHER

	}

	enum Outcome {

		SERVICE_PROVIDED, GOALS_MET, GOALS_PARTLY_MET, CASE_CLOSED

	}

	/** Why a receiving organisation asks for the lead of a case. */
	enum LeadRequestReason {

		CHILD_MOVED_TO_OUR_AREA, WE_SEE_THE_CHILD_MOST, SPECIALIST_CASE_MANAGEMENT, FAMILY_ASKED, OTHER

	}

	/** Why the lead organisation keeps the lead. */
	enum LeadRefusal {

		STILL_LEADING_ACTIVELY, CASE_CLOSING_SOON, DISCUSS_FIRST, OTHER

	}

	/** The code a consent withdrawal closes a referral with. */
	static final String CONSENT_WITHDRAWN = "CONSENT_WITHDRAWN";

	/** The code an expiry closes a referral with. */
	static final String NO_ANSWER = "NO_ANSWER_BY_DEADLINE";

}
