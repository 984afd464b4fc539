package org.partnernetwork.referral.referral;

/**
 * What kind of organisation a referral recorded off the platform went to, when it is not
 * in the directory and so has only a name and this type.
 */
public enum OrganisationType {

	POLICE, GOVERNMENT, COURT, HEALTH_FACILITY, SCHOOL, NGO, COMMUNITY_GROUP, OTHER

}
