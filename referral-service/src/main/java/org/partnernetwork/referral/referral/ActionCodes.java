package org.partnernetwork.referral.referral;

import java.util.Arrays;
import java.util.List;

import org.partnernetwork.referral.referral.ClosureCodes.CancelReason;
import org.partnernetwork.referral.referral.ClosureCodes.DeclineReason;
import org.partnernetwork.referral.referral.ClosureCodes.FailureReason;
import org.partnernetwork.referral.referral.ClosureCodes.Outcome;
import org.partnernetwork.referral.referral.ReferralInputs.ActionRequest;
import org.partnernetwork.support.domain.InvalidField;

/**
 * What each action needs from its body: declines, failures and cancellations a reason
 * code, completion an outcome code, a request for information (and its answer) the note
 * that asks (or answers); a transfer request its reason, a refusal of one its reason.
 */
final class ActionCodes {

	private ActionCodes() {
	}

	/**
	 * The closure code the action records, checked; 400 naming the field when missing or
	 * unknown.
	 */
	static String check(ReferralAction action, ActionRequest request) {
		Class<? extends Enum<?>> codes = switch (action) {
			case DECLINE -> DeclineReason.class;
			case FAIL -> FailureReason.class;
			case CANCEL -> CancelReason.class;
			case COMPLETE -> Outcome.class;
			default -> null;
		};
		if ((action == ReferralAction.REQUEST_INFO || action == ReferralAction.PROVIDE_INFO)
				&& (request.note() == null || request.note().isBlank())) {
			throw InvalidField.of("note", "say what information is needed, or give it");
		}
		if (codes == null) {
			if (request.code() != null) {
				throw InvalidField.of("code", "this action takes no code");
			}
			return action == ReferralAction.WITHDRAW_CONSENT ? ClosureCodes.CONSENT_WITHDRAWN : null;
		}
		return oneOf(Arrays.stream(codes.getEnumConstants()).map(Enum::name).toList(), request.code());
	}

	/**
	 * The code a step of a transfer request records: a reason to ask, or to refuse;
	 * accepting takes none.
	 */
	static String check(LeadStep step, ActionRequest request) {
		if (step.codes().isEmpty()) {
			if (request.code() != null) {
				throw InvalidField.of("code", "this action takes no code");
			}
			return null;
		}
		return oneOf(step.codes(), request.code());
	}

	private static String oneOf(List<String> codes, String code) {
		if (code == null || !codes.contains(code)) {
			throw InvalidField.of("code", "must be one of " + String.join(", ", codes));
		}
		return code;
	}

}
