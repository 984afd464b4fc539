package org.partnernetwork.referral.referral;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A request for the lead of a case, open until the lead organisation accepts or refuses
 * it: when, by whom (a supervisor of the receiving organisation) and why (a code).
 */
@Embeddable
class LeadRequest {

	@Column(name = "lead_requested_at")
	private Instant requestedAt;

	@Column(name = "lead_requested_by")
	private String requestedBy;

	@Column(name = "lead_request_reason")
	private String reason;

	protected LeadRequest() {
	}

	LeadRequest(Instant requestedAt, String requestedBy, String reason) {
		this.requestedAt = requestedAt;
		this.requestedBy = requestedBy;
		this.reason = reason;
	}

	Instant requestedAt() {
		return requestedAt;
	}

	String requestedBy() {
		return requestedBy;
	}

	String reason() {
		return reason;
	}

}
