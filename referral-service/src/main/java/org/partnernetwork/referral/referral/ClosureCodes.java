package org.partnernetwork.referral.referral;

/**
 * The codes a closing transition must give: why it was declined, failed or cancelled, or
 * how it ended.
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

	/** The code a consent withdrawal closes a referral with. */
	static final String CONSENT_WITHDRAWN = "CONSENT_WITHDRAWN";

	/** The code an expiry closes a referral with. */
	static final String NO_ANSWER = "NO_ANSWER_BY_DEADLINE";

}
