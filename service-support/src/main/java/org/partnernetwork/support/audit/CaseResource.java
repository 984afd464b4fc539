package org.partnernetwork.support.audit;

/**
 * A service that holds case data (referrals, placements) declares it as a bean: every
 * endpoint under {@code basePath} then answers {@code Cache-Control: no-store}, and its
 * reads, changes and refusals go to the append-only audit trail under {@code type}.
 */
public record CaseResource(String type, String basePath) {

	String[] pathPatterns() {
		return new String[] { basePath, basePath + "/**" };
	}
}
