package org.partnernetwork.organisation.directory;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ServiceRepository extends JpaRepository<ServiceEntity, UUID> {
}
