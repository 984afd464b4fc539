package org.partnernetwork.notification.inbox;

/**
 * What happened, as a person is told it: the kind of thing, never what it was about.
 * Referrals for their receivers (NEW, TRANSFER), answers for their senders (ACCEPTED,
 * DECLINED, INFORMATION_REQUESTED), endings for both (CANCELLED, CONSENT_WITHDRAWN); seat
 * requests for their centres (RECEIVED) and requesters (OFFERED, ENROLLED, OUTCOME).
 */
public enum NotificationKind {

	REFERRAL_RECEIVED("referral"), REFERRAL_TRANSFERRED("referral"), REFERRAL_ACCEPTED("referral"),
	REFERRAL_DECLINED("referral"), REFERRAL_INFORMATION_REQUESTED("referral"), REFERRAL_CANCELLED("referral"),
	REFERRAL_CONSENT_WITHDRAWN("referral"), SEAT_REQUEST_RECEIVED("placement"), SEAT_REQUEST_OFFERED("placement"),
	SEAT_REQUEST_ENROLLED("placement"), SEAT_REQUEST_OUTCOME("placement");

	private final String subject;

	NotificationKind(String subject) {
		this.subject = subject;
	}

	/**
	 * The portal page that shows what happened (sign-in needed): a referral's or a seat
	 * request's.
	 */
	public String portalPath(String subjectId) {
		return subject.equals("referral") ? "/referrals/" + subjectId : "/training/placements/" + subjectId;
	}

}
