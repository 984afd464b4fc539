package org.partnernetwork.organisation.directory;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ServiceRepository extends JpaRepository<ServiceEntity, UUID> {

	/**
	 * Keeps the copy of the organisation's name that orders search results in step with a renamed
	 * organisation, without touching the services' versions (an org admin editing a service meanwhile
	 * must not get a conflict for it).
	 */
	@Modifying(flushAutomatically = true)
	@Query(value = "UPDATE service SET organisation_name_en = :name WHERE organisation_id = :organisation",
			nativeQuery = true)
	int organisationRenamed(@Param("organisation") String organisationId, @Param("name") String nameEn);
}
