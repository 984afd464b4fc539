package org.partnernetwork.referral.consent;

/** Who gave consent for the referral. */
public enum ConsentGiver {

	CHILD, CAREGIVER, GUARDIAN

}
