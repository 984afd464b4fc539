package org.partnernetwork.notification.inbox;

/**
 * What happened, as a person is told it: the kind of thing, never what it was about.
 * Referrals for their receivers (NEW, TRANSFER), answers for their senders (ACCEPTED,
 * DECLINED, INFORMATION_REQUESTED, EXPIRED), endings for both (CANCELLED,
 * CONSENT_WITHDRAWN); seat requests for their centres (RECEIVED) and requesters (OFFERED,
 * ENROLLED, OUTCOME). REMINDER and ESCALATED are this service's own (a referral still
 * unanswered, for the receiver's coordinators, then its supervisors and org-admins): no
 * other service may send them.
 */
public enum NotificationKind {

	REFERRAL_RECEIVED("referral"), REFERRAL_TRANSFERRED("referral"), REFERRAL_ACCEPTED("referral"),
	REFERRAL_DECLINED("referral"), REFERRAL_INFORMATION_REQUESTED("referral"), REFERRAL_CANCELLED("referral"),
	REFERRAL_CONSENT_WITHDRAWN("referral"), REFERRAL_EXPIRED("referral"), REFERRAL_REMINDER("referral"),
	REFERRAL_ESCALATED("referral"), SEAT_REQUEST_RECEIVED("placement"), SEAT_REQUEST_OFFERED("placement"),
	SEAT_REQUEST_ENROLLED("placement"), SEAT_REQUEST_OUTCOME("placement");

	private final String subject;

	NotificationKind(String subject) {
		this.subject = subject;
	}

	/** This service's own kinds, which it tells of by itself and takes from nobody. */
	public boolean isOwn() {
		return this == REFERRAL_REMINDER || this == REFERRAL_ESCALATED;
	}

	/**
	 * The portal page that shows what happened (sign-in needed): a referral's or a seat
	 * request's.
	 */
	public String portalPath(String subjectId) {
		return subject.equals("referral") ? "/referrals/" + subjectId : "/training/placements/" + subjectId;
	}

}
