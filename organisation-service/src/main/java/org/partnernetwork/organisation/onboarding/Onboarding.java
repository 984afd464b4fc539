package org.partnernetwork.organisation.onboarding;

import org.partnernetwork.organisation.directory.DirectoryCommands;
import org.partnernetwork.organisation.directory.DirectoryInputs;
import org.partnernetwork.organisation.directory.DirectoryQueries;
import org.partnernetwork.organisation.directory.DirectoryViews.OrganisationDetail;
import org.partnernetwork.support.domain.Conflict;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The network admin onboards a partner: its Keycloak organization and its directory entry
 * are made together. Keycloak first — if it refuses or is down, nothing is written; if
 * the entry then cannot be saved, the Keycloak organization is removed again. Nothing is
 * left half-made.
 */
@Service
class Onboarding {

	private static final Logger log = LoggerFactory.getLogger(Onboarding.class);

	private final DirectoryQueries directory;

	private final DirectoryCommands entries;

	private final OrganisationIdentities identities;

	Onboarding(DirectoryQueries directory, DirectoryCommands entries, OrganisationIdentities identities) {
		this.directory = directory;
		this.entries = entries;
		this.identities = identities;
	}

	OrganisationDetail onboard(DirectoryInputs.NewOrganisation entry) {
		if (directory.exists(entry.slug())) {
			throw Conflict.of("slug-taken", entry.slug());
		}
		String identityId = identities.create(entry.slug(), entry.name().en());
		try {
			return entries.add(entry);
		}
		catch (RuntimeException ex) {
			log.warn("Directory entry for a new organisation was not saved; removing its Keycloak organization {}",
					identityId);
			identities.delete(identityId);
			throw ex;
		}
	}

}
