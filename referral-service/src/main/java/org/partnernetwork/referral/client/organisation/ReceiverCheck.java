package org.partnernetwork.referral.client.organisation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.partnernetwork.referral.client.organisation.OrganisationClient.Organisation;
import org.partnernetwork.referral.client.organisation.OrganisationClient.Service;
import org.partnernetwork.support.domain.Eligibility;
import org.partnernetwork.support.domain.FieldError;
import org.partnernetwork.support.domain.PeerUnavailable;
import org.partnernetwork.support.domain.RuleViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Before a referral is sent: the receiving organisation exists and is active, offers the
 * service, and the child fits its eligibility, as service-support's {@link Eligibility}
 * judges it. A mismatch is refused saying which; organisation-service slow, failing or
 * down leaves the directory unavailable, and nothing is sent.
 */
@Component
public class ReceiverCheck {

	private static final Logger log = LoggerFactory.getLogger(ReceiverCheck.class);

	private final OrganisationClient directory;

	ReceiverCheck(OrganisationClient directory) {
		this.directory = directory;
	}

	/** The facts the check needs; the caller's bearer token is passed on as it came. */
	public record Request(String receiver, String serviceType, int childAge, String childSex, String bearerToken) {
	}

	public void check(Request request) {
		Organisation receiver = lookUp(request).filter(Organisation::isActive)
			.orElseThrow(() -> RuleViolation.of("receiver-unavailable", request.receiver()));
		List<Eligibility> offered = receiver.services() == null ? List.of()
				: receiver.services()
					.stream()
					.filter(service -> request.serviceType().equals(service.serviceType()))
					.map(Service::eligibilityOrAnyone)
					.toList();
		if (offered.isEmpty()) {
			throw RuleViolation.of("service-not-offered", request.receiver(), request.serviceType());
		}
		if (offered.stream().noneMatch(eligibility -> eligibility.admits(request.childAge(), request.childSex()))) {
			throw RuleViolation.of("not-eligible", mismatches(offered, request), request.receiver(),
					request.serviceType());
		}
	}

	private Optional<Organisation> lookUp(Request request) {
		try {
			return directory.organisation(request.receiver(), "Bearer " + request.bearerToken());
		}
		catch (RuntimeException ex) {
			log.warn("organisation-service did not answer the receiver check: {}", ex.getClass().getSimpleName());
			throw PeerUnavailable.of("directory-unavailable");
		}
	}

	private static List<FieldError> mismatches(List<Eligibility> offered, Request request) {
		List<FieldError> errors = new ArrayList<>();
		if (offered.stream().noneMatch(eligibility -> eligibility.admitsAge(request.childAge()))) {
			errors.add(new FieldError("child.age",
					request.receiver() + " takes children aged "
							+ offered.stream().map(Eligibility::ages).distinct().collect(Collectors.joining(", "))
							+ " for " + request.serviceType(),
					"age-range"));
		}
		if (offered.stream().noneMatch(eligibility -> eligibility.admitsSex(request.childSex()))) {
			errors.add(new FieldError("child.sex", "the service accepts " + offered.get(0).sex() + " children only"));
		}
		if (errors.isEmpty()) {
			errors.add(new FieldError("child", "no single service accepts both the child's age and sex"));
		}
		return errors;
	}

}
