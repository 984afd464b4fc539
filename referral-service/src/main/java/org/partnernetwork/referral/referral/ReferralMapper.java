package org.partnernetwork.referral.referral;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.partnernetwork.referral.consent.Consent;
import org.partnernetwork.referral.referral.ReferralViews.ChildView;
import org.partnernetwork.referral.referral.ReferralViews.ConsentView;
import org.partnernetwork.referral.referral.ReferralViews.OverrideView;
import org.partnernetwork.referral.referral.ReferralViews.Dates;
import org.partnernetwork.referral.referral.ReferralViews.LeadRequestView;
import org.partnernetwork.referral.referral.ReferralViews.Parties;
import org.partnernetwork.referral.referral.ReferralViews.ReferralSummary;
import org.partnernetwork.referral.referral.ReferralViews.ReferralView;
import org.partnernetwork.referral.referral.ReferralViews.Rerouted;
import org.partnernetwork.referral.referral.ReferralViews.TimelineView;
import org.partnernetwork.referral.referral.SealedFields.Field;
import org.springframework.stereotype.Component;

/** Maps a referral to what one side may see, opening sealed text only for that side. */
@Component
class ReferralMapper {

	static final Set<ReferralStatus> RECEIVER_ACTS = EnumSet.of(ReferralStatus.REQUESTED, ReferralStatus.ACCEPTED);

	/**
	 * Timeline entries only the sender reads: the organisation a referral went to never
	 * learns where the child was referred after it.
	 */
	static final Set<String> SENDER_ONLY = Set.of(Rerouting.REFERRED_ELSEWHERE, Rerouting.REROUTED_FROM);

	static final Set<ReferralStatus> SENDER_ACTS = EnumSet.of(ReferralStatus.DRAFT, ReferralStatus.INFO_REQUESTED);

	/** Timeline entries a sender records by hand on a referral off the platform. */
	static final Set<String> BY_HAND = Arrays.stream(ReferralAction.values())
		.filter(ReferralAction::isRecordedByHand)
		.map(ReferralAction::name)
		.collect(Collectors.toUnmodifiableSet());

	private final SealedFields sealed;

	ReferralMapper(SealedFields sealed) {
		this.sealed = sealed;
	}

	ReferralView view(ReferralEntity referral, Reader reader, List<TimelineEntryEntity> timeline, Instant now) {
		boolean stub = isStub(referral, reader.side());
		return new ReferralView(referral.id(), referral.kind(), referral.status(), stub, parties(referral),
				referral.serviceType(),
				stub ? null : open(referral, Field.CASE_REFERENCE, referral.sealedCaseReference()),
				stub ? null : child(referral.child()), referral.urgency(), stub ? null : referral.riskLevel(),
				stub ? null : open(referral, Field.SUMMARY, referral.sealedSummary()), stub ? null : consent(referral),
				dates(referral), referral.closureCode(), needsAction(referral, reader.side()), referral.isOverdue(now),
				actions(referral, reader),
				timeline.stream()
					.filter(entry -> reader.side() == Side.SENDER || !SENDER_ONLY.contains(entry.type()))
					.map(entry -> entry(referral, entry, reader.side(), stub))
					.toList(),
				referral.version(), rerouted(referral, reader.side()), leadRequest(referral, stub));
	}

	private static LeadRequestView leadRequest(ReferralEntity referral, boolean stub) {
		LeadRequest request = referral.leadRequest();
		if (stub || request == null) {
			return null;
		}
		return new LeadRequestView(request.requestedAt(), referral.receiverOrganisation(), request.requestedBy(),
				request.reason());
	}

	/** Where a referral was re-routed from or to: the sender's own business. */
	private static Rerouted rerouted(ReferralEntity referral, Side side) {
		if (side != Side.SENDER || referral.reroutedFrom() == null && referral.reroutedTo() == null) {
			return null;
		}
		return new Rerouted(referral.reroutedFrom(), referral.reroutedTo());
	}

	ReferralSummary summary(ReferralEntity referral, Side side, Instant now) {
		boolean stub = isStub(referral, side);
		return new ReferralSummary(referral.id(), referral.kind(), referral.status(), stub, parties(referral),
				referral.serviceType(),
				stub ? null : open(referral, Field.CASE_REFERENCE, referral.sealedCaseReference()), referral.urgency(),
				stub ? null : referral.riskLevel(), stub ? null : child(referral.child()), dates(referral),
				referral.closureCode(), needsAction(referral, side), referral.isOverdue(now));
	}

	/**
	 * Whether the referral waits for this side; off the platform, the sender records what
	 * the receiver would do.
	 */
	static boolean needsAction(ReferralEntity referral, Side side) {
		boolean receiverActs = side == Side.RECEIVER || referral.offPlatform();
		return (receiverActs ? RECEIVER_ACTS : SENDER_ACTS).contains(referral.status());
	}

	static boolean isStub(ReferralEntity referral, Side side) {
		return side == Side.RECEIVER && referral.status().leavesReceiverAStub();
	}

	/**
	 * The actions this reader's side and roles allow now; the portal shows exactly these.
	 */
	private static List<String> actions(ReferralEntity referral, Reader reader) {
		if (!reader.mayAct() || reader.side() == Side.SENDER && referral.leadHandedOver()) {
			return List.of();
		}
		List<String> actions = new ArrayList<>(
				ReferralAction.available(referral.status(), reader.side(), referral.offPlatform())
					.stream()
					.map(ReferralAction::path)
					.toList());
		for (LeadStep step : LeadStep.values()) {
			if (referral.leadStepRefusal(step, reader) == null) {
				actions.add(step.path());
			}
		}
		return actions;
	}

	private TimelineView entry(ReferralEntity referral, TimelineEntryEntity entry, Side side, boolean stub) {
		boolean noteVisible = !stub && (side == Side.RECEIVER || entry.senderSeesNote());
		return new TimelineView(entry.occurredAt(), entry.type(), entry.statusAfter(), entry.actorOrganisation(),
				entry.actorUsername(), entry.code(),
				noteVisible ? open(referral, Field.NOTE, entry.sealedNote()) : null, recordedByHand(referral, entry));
	}

	/**
	 * A receiver's step on a referral off the platform: its sender recorded it by hand,
	 * for that organisation.
	 */
	private static boolean recordedByHand(ReferralEntity referral, TimelineEntryEntity entry) {
		return referral.offPlatform() && BY_HAND.contains(entry.type());
	}

	private static Parties parties(ReferralEntity referral) {
		return new Parties(referral.senderOrganisation(), referral.senderContact(), referral.receiverOrganisation(),
				referral.leadOrganisation(), referral.offPlatform(), referral.receiverName(), referral.receiverType());
	}

	private static ChildView child(ChildDetails child) {
		return new ChildView(child.sex(), child.ageYears(), child.birthYear(), child.province(), child.languages());
	}

	private ConsentView consent(ReferralEntity referral) {
		Consent consent = referral.consent();
		if (consent == null) {
			return null;
		}
		OverrideView override = consent.isOverride()
				? new OverrideView(open(referral, Field.CONSENT_OVERRIDE, consent.sealedOverrideReason())) : null;
		return new ConsentView(consent.givenBy(), consent.childAssented(), consent.recordedAt(), consent.recordedBy(),
				consent.expiresAt(), override, consent.withdrawnAt(), consent.receiverOrganisation(),
				consent.serviceType());
	}

	private static Dates dates(ReferralEntity referral) {
		return new Dates(referral.createdAt(), referral.sentAt(), referral.answerDueAt(), referral.acceptedAt(),
				referral.closedAt(), referral.updatedAt());
	}

	private String open(ReferralEntity referral, Field field, String value) {
		return sealed.open(referral.id(), field, value);
	}

}
