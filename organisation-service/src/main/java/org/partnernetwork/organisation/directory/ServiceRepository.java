package org.partnernetwork.organisation.directory;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ServiceRepository extends JpaRepository<ServiceEntity, UUID>, JpaSpecificationExecutor<ServiceEntity> {

	/** The service with its organisation, fetched in the same query. */
	@EntityGraph(attributePaths = "organisation")
	Optional<ServiceEntity> findWithOrganisationById(UUID id);

	/** A page of services, each with its organisation fetched in the same query. */
	@Override
	@EntityGraph(attributePaths = "organisation")
	Page<ServiceEntity> findAll(Specification<ServiceEntity> specification, Pageable pageable);

	/**
	 * Keeps the copy of the organisation's name that orders search results in step with a
	 * renamed organisation, without touching the services' versions (an org admin editing
	 * a service meanwhile must not get a conflict for it).
	 */
	@Modifying(flushAutomatically = true)
	@Query(value = "UPDATE service SET organisation_name_en = :name WHERE organisation_id = :organisation",
			nativeQuery = true)
	int organisationRenamed(@Param("organisation") String organisationId, @Param("name") String nameEn);

}
