package org.partnernetwork.referral.referral;

/** Which of the two organisations a user acts for on a referral. */
enum Side {

	SENDER, RECEIVER

}
