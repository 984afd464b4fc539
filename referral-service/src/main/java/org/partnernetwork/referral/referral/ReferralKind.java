package org.partnernetwork.referral.referral;

/**
 * {@code SERVICE}: the sender asks for one service and stays lead. {@code TRANSFER}: the
 * receiver takes the lead on acceptance.
 */
public enum ReferralKind {

	SERVICE, TRANSFER

}
