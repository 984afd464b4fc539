package org.partnernetwork.portal.referral;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What the portal sends referral-service, as its requests are written
 * ({@code ReferralInputs}, {@code ConsentInput}): the same property names and JSON types
 * (whole numbers, true or false, codes, ISO instants), so that a refusal names a property
 * the form can stand beside. Only what the portal fills in is sent.
 */
final class ReferralRequests {

	private ReferralRequests() {
	}

	/**
	 * A new referral, sent at once ({@code send: true}) under the consent recorded with
	 * it; {@code kind} {@code TRANSFER} hands over the lead of the case (left out, it
	 * asks for the service); or recorded off the platform ({@code offPlatform: true}), to
	 * a directory organisation or to one named with its type.
	 */
	record NewReferralRequest(String receiverOrganisation, String serviceType,
			@JsonInclude(JsonInclude.Include.NON_NULL) String kind, String caseReference, ChildInput child,
			String urgency, String riskLevel, String summary, ConsentInput consent, Boolean send,
			@JsonInclude(JsonInclude.Include.NON_NULL) Boolean offPlatform,
			@JsonInclude(JsonInclude.Include.NON_NULL) String receiverName,
			@JsonInclude(JsonInclude.Include.NON_NULL) String receiverType) {
	}

	/**
	 * "Refer elsewhere": the same child, summary and service to another organisation,
	 * under consent given for it.
	 */
	record RerouteRequest(String receiverOrganisation, ConsentInput consent, Boolean send) {
	}

	/** The child: sex, age in years, province and languages. */
	record ChildInput(String sex, Integer ageYears, String province, List<String> languages) {
	}

	/**
	 * Who gave consent, whether the child assented, when and until when; or a
	 * supervisor's override. Either covers the receiving organisation and service type it
	 * names (null: the referral's own).
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record ConsentInput(String givenBy, Boolean childAssented, Instant recordedAt, Instant expiresAt,
			ConsentOverride override, String receiverOrganisation, String serviceType) {

		static ConsentInput given(String givenBy, boolean childAssented, Instant recordedAt, Instant expiresAt,
				String receiverOrganisation, String serviceType) {
			return new ConsentInput(givenBy, childAssented, recordedAt, expiresAt, null, receiverOrganisation,
					serviceType);
		}

		static ConsentInput overridden(String reason, String receiverOrganisation, String serviceType) {
			return new ConsentInput(null, null, null, null, new ConsentOverride(reason), receiverOrganisation,
					serviceType);
		}
	}

	/** A supervisor's override of consent, with the reason. */
	record ConsentOverride(String reason) {
	}

	/** An action's reason or outcome code and its note, each only when filled in. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record ActionRequest(String code, String note) {
	}

	/** A box searched by case reference: the reference goes in the body, never a URL. */
	record CaseReferenceSearch(String box, String caseReference) {

		@Override
		public String toString() {
			return "CaseReferenceSearch[box=" + box + "]";
		}
	}

	record NoteRequest(String text) {
	}

}
