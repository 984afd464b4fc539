package org.partnernetwork.support.audit;

/**
 * How a request ended: allowed, denied (401/403/404), refused as invalid (400/409/422),
 * or failed (5xx).
 */
public enum AuditOutcome {

	ALLOWED, DENIED, REFUSED, FAILED;

	public static AuditOutcome ofStatus(int status) {
		if (status < 400) {
			return ALLOWED;
		}
		if (status == 401 || status == 403 || status == 404) {
			return DENIED;
		}
		return status < 500 ? REFUSED : FAILED;
	}

}
