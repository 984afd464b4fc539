package org.partnernetwork.organisation.directory;

import java.util.Optional;
import java.util.UUID;

import org.partnernetwork.support.domain.NotFound;
import org.partnernetwork.support.security.CurrentUser;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface OrganisationRepository
		extends JpaRepository<OrganisationEntity, UUID>, JpaSpecificationExecutor<OrganisationEntity> {

	Optional<OrganisationEntity> findBySlug(String slug);

	boolean existsBySlug(String slug);

	Optional<OrganisationEntity> findByIdAndStatus(UUID id, OrganisationEntity.Status status);

	/** The admin's own organisation; any other answers 404, as if it did not exist. */
	default OrganisationEntity findOwn(String slug, CurrentUser admin) {
		if (!slug.equals(admin.actingOrganisation())) {
			throw NotFound.of("organisation");
		}
		return findBySlug(slug).orElseThrow(() -> NotFound.of("organisation"));
	}

}
