package org.partnernetwork.organisation.directory;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ServiceTypeRepository extends JpaRepository<ServiceTypeEntity, String> {

	List<ServiceTypeEntity> findAllByOrderBySortOrder();

}
