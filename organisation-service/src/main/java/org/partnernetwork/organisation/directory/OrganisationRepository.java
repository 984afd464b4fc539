package org.partnernetwork.organisation.directory;

import java.util.Optional;
import java.util.UUID;

import org.partnernetwork.support.problem.NotFoundException;
import org.partnernetwork.support.security.CurrentUser;
import org.springframework.data.jpa.repository.JpaRepository;

interface OrganisationRepository extends JpaRepository<OrganisationEntity, UUID> {

	Optional<OrganisationEntity> findBySlug(String slug);

	/** The admin's own organisation; any other answers 404, as if it did not exist. */
	default OrganisationEntity findOwn(String slug, CurrentUser admin) {
		if (!slug.equals(admin.actingOrganisation())) {
			throw NotFoundException.of("organisation");
		}
		return findBySlug(slug).orElseThrow(() -> NotFoundException.of("organisation"));
	}
}
