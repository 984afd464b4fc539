package org.partnernetwork.portal.referral;

import java.util.List;

import org.partnernetwork.portal.web.Person;
import org.partnernetwork.portal.web.ServiceCall.Caller;
import org.partnernetwork.portal.web.ServiceCall.Found;
import org.partnernetwork.portal.web.WorkSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * The referrals part of the start page, for coordinators and supervisors: incoming
 * referrals to answer (overdue first), transfers offered, information asked of them, and
 * their own requests overdue; each line opens exactly that list.
 */
@Component
@Order(1)
class ReferralWork implements WorkSource {

	static final String TO_ANSWER = "/referrals?box=incoming&status=REQUESTED";

	static final String TRANSFERS = "/referrals?box=incoming&status=REQUESTED&kind=TRANSFER";

	static final String INFO_REQUESTED = "/referrals?box=outgoing&status=INFO_REQUESTED";

	static final String OVERDUE_SENT = "/referrals?box=outgoing&status=REQUESTED&overdue=true";

	private final ReferralClient referrals;

	ReferralWork(ReferralClient referrals) {
		this.referrals = referrals;
	}

	@Override
	public Mono<List<Work>> work(Person person, Caller caller) {
		if (person.organisation() == null || !(person.has("coordinator") || person.has("supervisor"))) {
			return Mono.just(List.of());
		}
		return referrals.worklist(caller).map(outcome -> {
			if (outcome instanceof Found<Referrals.Counts> found) {
				Referrals.Counts counts = found.value();
				return List.of(new Work("toAnswer", counts.toAnswer(), counts.overdueToAnswer(), TO_ANSWER),
						new Work("infoRequested", counts.infoRequested(), 0, INFO_REQUESTED),
						new Work("transfersOffered", counts.transfersOffered(), 0, TRANSFERS),
						new Work("overdueSent", counts.overdueSent(), counts.overdueSent(), OVERDUE_SENT));
			}
			return List.of(Work.unavailable("referrals", "/referrals"));
		});
	}

}
