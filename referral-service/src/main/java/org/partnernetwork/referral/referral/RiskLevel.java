package org.partnernetwork.referral.referral;

public enum RiskLevel {

	LOW, MEDIUM, HIGH

}
