package org.partnernetwork.organisation.directory;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.repository.Repository;

/** Organisations as HSDS reads them: by id, or a page matching an {@link HsdsFilter}. */
interface HsdsOrganisationRepository
		extends Repository<OrganisationEntity, UUID>, JpaSpecificationExecutor<OrganisationEntity> {

	Optional<OrganisationEntity> findByIdAndStatus(UUID id, OrganisationEntity.Status status);
}
