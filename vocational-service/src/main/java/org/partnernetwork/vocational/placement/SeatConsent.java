package org.partnernetwork.vocational.placement;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.partnernetwork.support.domain.FieldError;
import org.partnernetwork.support.domain.RuleViolation;
import org.partnernetwork.vocational.placement.PlacementInputs.ConsentGiver;
import org.partnernetwork.vocational.placement.PlacementInputs.ConsentInput;

/**
 * The consent a seat request is made under: given by the young person, or by a caregiver
 * or guardian with the young person's assent; recorded at/by; covering one centre and one
 * trade, the opening's, and nothing else.
 */
@Embeddable
class SeatConsent {

	@Enumerated(EnumType.STRING)
	@Column(name = "consent_given_by")
	private ConsentGiver givenBy;

	@Column(name = "consent_child_assented")
	private Boolean childAssented;

	@Column(name = "consent_recorded_at")
	private Instant recordedAt;

	@Column(name = "consent_recorded_by")
	private String recordedBy;

	@Column(name = "consent_centre")
	private String centre;

	@Column(name = "consent_trade")
	private String trade;

	protected SeatConsent() {
	}

	/**
	 * The consent a request gives for a seat at this centre in this trade, or a refusal:
	 * none (422 {@code consent-missing}), a caregiver's or guardian's without the young
	 * person's assent ({@code consent-no-assent}), one naming another centre or trade
	 * ({@code consent-other-scope}).
	 */
	static SeatConsent of(ConsentInput input, String centre, String trade, String recordedBy, Instant now) {
		if (input == null) {
			throw RuleViolation.of("consent-missing", List
				.of(new FieldError("consent", "record who gave consent for this seat request", "consent-missing")));
		}
		if (input.givenBy() != ConsentGiver.CHILD && !Boolean.TRUE.equals(input.childAssented())) {
			throw RuleViolation.of("consent-no-assent",
					List.of(new FieldError("consent.childAssented",
							"the young person's agreement is needed when a caregiver or guardian gives consent",
							"consent-no-assent")));
		}
		if ((input.centre() != null && !input.centre().equals(centre))
				|| (input.trade() != null && !input.trade().equals(trade))) {
			throw RuleViolation.of("consent-other-scope", List.of(new FieldError("consent",
					"consent covers one centre and one trade; record consent for this opening's", "consent-scope")));
		}
		var consent = new SeatConsent();
		consent.givenBy = input.givenBy();
		consent.childAssented = true;
		consent.recordedAt = now;
		consent.recordedBy = recordedBy;
		consent.centre = centre;
		consent.trade = trade;
		return consent;
	}

	ConsentGiver givenBy() {
		return givenBy;
	}

	Boolean childAssented() {
		return childAssented;
	}

	Instant recordedAt() {
		return recordedAt;
	}

	String recordedBy() {
		return recordedBy;
	}

	String centre() {
		return centre;
	}

	String trade() {
		return trade;
	}

}
