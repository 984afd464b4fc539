package org.partnernetwork.organisation.directory;

import java.time.Clock;

import org.partnernetwork.organisation.directory.DirectoryViews.OrganisationDetail;
import org.partnernetwork.support.problem.NotFoundException;
import org.partnernetwork.support.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Changes to the directory. An org admin changes only their own organisation; others get 404. */
@Service
@Transactional
public class DirectoryCommands {

	private final OrganisationRepository organisations;

	private final Clock clock;

	DirectoryCommands(OrganisationRepository organisations, Clock clock) {
		this.organisations = organisations;
		this.clock = clock;
	}

	public OrganisationDetail confirm(String slug, CurrentUser admin) {
		if (!slug.equals(admin.actingOrganisation())) {
			throw NotFoundException.of("organisation");
		}
		OrganisationEntity organisation = organisations.findBySlug(slug)
			.orElseThrow(() -> NotFoundException.of("organisation"));
		organisation.confirm(clock.instant());
		organisations.flush();
		return DirectoryMapper.detail(organisation, true);
	}
}
