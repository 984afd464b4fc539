package org.partnernetwork.organisation.directory;

import java.time.Clock;

import org.partnernetwork.organisation.directory.DirectoryViews.OrganisationDetail;
import org.partnernetwork.support.domain.NotFound;
import org.partnernetwork.support.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to an organisation's entry. Onboarding adds it; its org admin changes and
 * confirms only their own organisation (any other answers 404); the network admin
 * suspends and reactivates organisations. Public is only what another feature calls; the
 * rest serves the directory's own controller.
 */
@Service
@Transactional
public class DirectoryCommands {

	private final OrganisationRepository organisations;

	private final ServiceRepository services;

	private final Clock clock;

	DirectoryCommands(OrganisationRepository organisations, ServiceRepository services, Clock clock) {
		this.organisations = organisations;
		this.services = services;
		this.clock = clock;
	}

	/**
	 * A new organisation's entry, active from now; a slug already taken fails on the
	 * unique index.
	 */
	public OrganisationDetail add(DirectoryInputs.NewOrganisation entry) {
		return saved(organisations.save(OrganisationEntity.onboard(entry, clock.instant())));
	}

	OrganisationDetail confirm(String slug, CurrentUser admin) {
		OrganisationEntity organisation = organisations.findOwn(slug, admin);
		organisation.confirm(clock.instant());
		return saved(organisation);
	}

	OrganisationDetail change(String slug, DirectoryInputs.OrganisationChange change, CurrentUser admin) {
		OrganisationEntity organisation = organisations.findOwn(slug, admin);
		Versions.require(organisation.version(), change.version());
		String nameBefore = organisation.nameEn();
		organisation.change(change, clock.instant());
		if (!organisation.nameEn().equals(nameBefore)) {
			services.organisationRenamed(organisation.id().toString(), organisation.nameEn());
		}
		return saved(organisation);
	}

	OrganisationDetail suspend(String slug) {
		OrganisationEntity organisation = find(slug);
		organisation.suspend(clock.instant());
		return saved(organisation);
	}

	OrganisationDetail reactivate(String slug) {
		OrganisationEntity organisation = find(slug);
		organisation.reactivate(clock.instant());
		return saved(organisation);
	}

	private OrganisationEntity find(String slug) {
		return organisations.findBySlug(slug).orElseThrow(() -> NotFound.of("organisation"));
	}

	private OrganisationDetail saved(OrganisationEntity organisation) {
		organisations.flush();
		return DirectoryMapper.detail(organisation, true);
	}

}
