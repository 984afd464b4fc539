package org.partnernetwork.organisation.directory;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface OrganisationRepository extends JpaRepository<OrganisationEntity, UUID> {

	Optional<OrganisationEntity> findBySlug(String slug);
}
