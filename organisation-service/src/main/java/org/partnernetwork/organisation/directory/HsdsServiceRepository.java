package org.partnernetwork.organisation.directory;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.repository.Repository;

/** Services as HSDS reads them, each with its organisation fetched in the same query. */
interface HsdsServiceRepository extends Repository<ServiceEntity, UUID>, JpaSpecificationExecutor<ServiceEntity> {

	@EntityGraph(attributePaths = "organisation")
	Optional<ServiceEntity> findById(UUID id);

	@Override
	@EntityGraph(attributePaths = "organisation")
	Page<ServiceEntity> findAll(Specification<ServiceEntity> specification, Pageable pageable);
}
