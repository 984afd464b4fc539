package org.partnernetwork.vocational.client.organisation;

import java.util.Optional;

import org.partnernetwork.support.domain.PeerUnavailable;
import org.partnernetwork.support.domain.RuleViolation;
import org.partnernetwork.vocational.client.organisation.OrganisationClient.Organisation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Before a centre posts an opening: the centre is in the directory, active, and offers
 * {@code vocational-training} there. A mismatch is refused saying which;
 * organisation-service slow, failing or down leaves the directory unavailable, and
 * nothing is saved.
 */
@Component
public class CentreCheck {

	static final String VOCATIONAL_TRAINING = "vocational-training";

	private static final Logger log = LoggerFactory.getLogger(CentreCheck.class);

	private final OrganisationClient directory;

	CentreCheck(OrganisationClient directory) {
		this.directory = directory;
	}

	/** Checks the centre with the caller's bearer token, passed on as it came. */
	public void check(String centre, String bearerToken) {
		Organisation found = lookUp(centre, bearerToken).filter(Organisation::isActive)
			.orElseThrow(() -> RuleViolation.of("centre-unavailable", centre));
		if (!found.offers(VOCATIONAL_TRAINING)) {
			throw RuleViolation.of("training-not-offered", centre);
		}
	}

	private Optional<Organisation> lookUp(String centre, String bearerToken) {
		try {
			return directory.organisation(centre, "Bearer " + bearerToken);
		}
		catch (RuntimeException ex) {
			log.warn("organisation-service did not answer the centre check: {}", ex.getClass().getSimpleName());
			throw PeerUnavailable.of("directory-unavailable");
		}
	}

}
