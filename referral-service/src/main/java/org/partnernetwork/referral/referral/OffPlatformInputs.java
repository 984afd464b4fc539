package org.partnernetwork.referral.referral;

import org.partnernetwork.referral.referral.ReferralEntity.OffPlatformReceiver;
import org.partnernetwork.referral.referral.ReferralInputs.NewReferralRequest;
import org.partnernetwork.support.domain.InvalidField;

/**
 * Who a new referral goes to: a directory organisation's slug, or — for one recorded off
 * the platform only — a name and an organisation type instead. A referral off the
 * platform is recorded as handed over at once, for a service (the lead stays with the
 * sender).
 */
final class OffPlatformInputs {

	static final int NAME_MIN = 2;

	private OffPlatformInputs() {
	}

	/** Refuses a receiver given both ways, neither way, or by name on the platform. */
	static void validate(NewReferralRequest request) {
		boolean named = request.receiverName() != null || request.receiverType() != null;
		if (!request.isOffPlatform()) {
			if (named) {
				throw InvalidField.of(request.receiverName() != null ? "receiverName" : "receiverType",
						"only a referral recorded off the platform names its receiver; give receiverOrganisation");
			}
			if (request.receiverOrganisation() == null) {
				throw InvalidField.of("receiverOrganisation", "must not be null");
			}
			return;
		}
		if (request.kind() == ReferralKind.TRANSFER) {
			throw InvalidField.of("kind",
					"a referral recorded off the platform asks for a service: the lead stays yours");
		}
		if (Boolean.FALSE.equals(request.send())) {
			throw InvalidField.of("send",
					"a referral recorded off the platform is recorded as handed over, never a draft");
		}
		if (request.receiverOrganisation() != null) {
			if (named) {
				throw InvalidField.of(request.receiverName() != null ? "receiverName" : "receiverType",
						"give a directory organisation or a name and type, not both");
			}
			return;
		}
		if (request.receiverName() == null || request.receiverName().strip().length() < NAME_MIN) {
			throw InvalidField.of("receiverName", "name the organisation, or give receiverOrganisation");
		}
		if (request.receiverType() == null) {
			throw InvalidField.of("receiverType", "choose the organisation's type");
		}
	}

	/** The receiver off the platform a request records, or null for one on it. */
	static OffPlatformReceiver receiver(NewReferralRequest request) {
		if (!request.isOffPlatform()) {
			return null;
		}
		return request.receiverOrganisation() != null ? new OffPlatformReceiver(null, null)
				: new OffPlatformReceiver(request.receiverName().strip(), request.receiverType());
	}

}
