package org.partnernetwork.referral.referral;

import java.util.EnumMap;
import java.util.Map;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Referrals sent, answered and expired, by urgency, under the names the dashboard and
 * alerts in {@code deploy/monitoring} read: {@code partner_network_referrals_sent_total},
 * {@code partner_network_referrals_answered_total} (with the {@code answer}: ACCEPTED,
 * DECLINED or INFO_REQUESTED) and {@code partner_network_referrals_expired_total}. A step
 * is counted once its transaction commits, so a step that fails or loses a race is not.
 * Every series exists from the start at 0, so the first referral of each kind shows as an
 * increase. The labels are the urgency and the answer only: nothing about a child.
 */
@Component
class ReferralMetrics {

	private static final Map<ReferralAction, ReferralStatus> ANSWERS = Map.of(ReferralAction.ACCEPT,
			ReferralStatus.ACCEPTED, ReferralAction.DECLINE, ReferralStatus.DECLINED, ReferralAction.REQUEST_INFO,
			ReferralStatus.INFO_REQUESTED);

	private final Map<Urgency, Counter> sent = new EnumMap<>(Urgency.class);

	private final Map<Urgency, Map<ReferralAction, Counter>> answered = new EnumMap<>(Urgency.class);

	private final Map<Urgency, Counter> expired = new EnumMap<>(Urgency.class);

	ReferralMetrics(MeterRegistry registry) {
		for (Urgency urgency : Urgency.values()) {
			sent.put(urgency, counter(registry, "partner.network.referrals.sent", "Referrals sent", urgency));
			expired.put(urgency,
					counter(registry, "partner.network.referrals.expired", "Referrals expired unanswered", urgency));
			Map<ReferralAction, Counter> answers = new EnumMap<>(ReferralAction.class);
			ANSWERS.forEach((action, answer) -> answers.put(action,
					Counter.builder("partner.network.referrals.answered")
						.description("Referrals answered by their receiver")
						.tag("urgency", urgency.name())
						.tag("answer", answer.name())
						.register(registry)));
			answered.put(urgency, answers);
		}
	}

	/** Counts a step of the referral's, if it is one the metrics count. */
	void stepped(ReferralEntity referral, String step) {
		Counter counter = counterFor(referral.urgency(), step);
		if (counter == null) {
			return;
		}
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					counter.increment();
				}
			});
		}
		else {
			counter.increment();
		}
	}

	private Counter counterFor(Urgency urgency, String step) {
		if (urgency == null) {
			return null;
		}
		if (ReferralAction.SEND.name().equals(step)) {
			return sent.get(urgency);
		}
		if (ReferralAction.EXPIRE.name().equals(step)) {
			return expired.get(urgency);
		}
		return answered.get(urgency)
			.entrySet()
			.stream()
			.filter(answer -> answer.getKey().name().equals(step))
			.map(Map.Entry::getValue)
			.findFirst()
			.orElse(null);
	}

	private static Counter counter(MeterRegistry registry, String name, String description, Urgency urgency) {
		return Counter.builder(name).description(description).tag("urgency", urgency.name()).register(registry);
	}

}
