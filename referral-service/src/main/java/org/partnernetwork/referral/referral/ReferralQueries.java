package org.partnernetwork.referral.referral;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.partnernetwork.referral.referral.ReferralAccess.Visible;
import org.partnernetwork.referral.referral.ReferralViews.ReferralSummary;
import org.partnernetwork.referral.referral.ReferralViews.ReferralView;
import org.partnernetwork.support.audit.AuditTrail;
import org.partnernetwork.support.audit.AuditTrail.AuditEntry;
import org.partnernetwork.support.security.CurrentUser;
import org.partnernetwork.support.web.Box;
import org.partnernetwork.support.web.PageResponse;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads of referrals, each as the reader's side may see it. */
@Service
@Transactional(readOnly = true)
class ReferralQueries {

	private final ReferralRepository referrals;

	private final TimelineRepository timeline;

	private final ReferralAccess access;

	private final ReferralMapper mapper;

	private final AuditTrail audit;

	private final Clock clock;

	ReferralQueries(ReferralRepository referrals, TimelineRepository timeline, ReferralAccess access,
			ReferralMapper mapper, AuditTrail audit, Clock clock) {
		this.referrals = referrals;
		this.timeline = timeline;
		this.access = access;
		this.mapper = mapper;
		this.audit = audit;
		this.clock = clock;
	}

	ReferralView referral(UUID id, CurrentUser user) {
		return view(access.find(id, user));
	}

	ReferralView view(Visible visible) {
		ReferralEntity referral = visible.referral();
		return mapper.view(referral, visible.reader(), timeline.findByReferralIdOrderByIdAsc(referral.id()),
				clock.instant());
	}

	PageResponse<ReferralSummary> box(CurrentUser user, Box box, BoxFilter filter, int page, int size) {
		String organisation = user.actingOrganisation();
		var pageRequest = PageRequest.of(page, size);
		Instant now = clock.instant();
		Page<ReferralEntity> found = box == Box.INCOMING
				? referrals.incoming(organisation, filter.wanted(), filter.kind(), filter.overdueOnly(),
						filter.anyReference(), filter.lookupsOrNone(), ReferralMapper.RECEIVER_ACTS, now, pageRequest)
				: referrals.outgoing(organisation, filter.wanted(), filter.kind(), filter.overdueOnly(),
						filter.anyReference(), filter.lookupsOrNone(), ReferralMapper.SENDER_ACTS, now, pageRequest);
		Side side = box == Box.INCOMING ? Side.RECEIVER : Side.SENDER;
		return PageResponse.of(found, referral -> mapper.summary(referral, side, clock.instant()));
	}

	/** The audit trail of one referral, for the supervisors of its two organisations. */
	List<AuditEntry> audit(UUID id, CurrentUser supervisor) {
		access.find(id, supervisor);
		return audit.of(id);
	}

}
