package org.partnernetwork.organisation.directory;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface LocationRepository extends JpaRepository<LocationEntity, UUID> {

}
