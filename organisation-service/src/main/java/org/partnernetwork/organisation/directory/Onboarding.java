package org.partnernetwork.organisation.directory;

import java.time.Clock;

import org.partnernetwork.organisation.directory.DirectoryViews.OrganisationDetail;
import org.partnernetwork.support.problem.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The network admin onboards a partner: its Keycloak organization and its directory entry are made
 * together. Keycloak first — if it refuses or is down, nothing is written; if the entry then cannot be
 * saved, the Keycloak organization is removed again. Nothing is left half-made.
 */
@Service
public class Onboarding {

	private static final Logger log = LoggerFactory.getLogger(Onboarding.class);

	private final OrganisationRepository organisations;

	private final OrganisationIdentities identities;

	private final TransactionTemplate transactions;

	private final Clock clock;

	Onboarding(OrganisationRepository organisations, OrganisationIdentities identities,
			TransactionTemplate transactions, Clock clock) {
		this.organisations = organisations;
		this.identities = identities;
		this.transactions = transactions;
		this.clock = clock;
	}

	public OrganisationDetail onboard(DirectoryInputs.NewOrganisation entry) {
		if (organisations.findBySlug(entry.slug()).isPresent()) {
			throw new ProblemException(HttpStatus.CONFLICT, "slug-taken", entry.slug());
		}
		String identityId = identities.create(entry.slug(), entry.name().en());
		try {
			return transactions.execute(status -> DirectoryMapper.detail(
					organisations.saveAndFlush(OrganisationEntity.onboard(entry, clock.instant())), true));
		}
		catch (RuntimeException ex) {
			log.warn("Directory entry for a new organisation was not saved; removing its Keycloak organization {}",
					identityId);
			identities.delete(identityId);
			throw ex;
		}
	}
}
