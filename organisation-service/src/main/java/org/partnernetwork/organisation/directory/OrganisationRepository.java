package org.partnernetwork.organisation.directory;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface OrganisationRepository extends JpaRepository<OrganisationEntity, UUID> {

	Page<OrganisationEntity> findByStatus(OrganisationEntity.Status status, Pageable pageable);

	Optional<OrganisationEntity> findBySlug(String slug);
}
