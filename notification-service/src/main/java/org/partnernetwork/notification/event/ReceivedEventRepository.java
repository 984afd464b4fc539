package org.partnernetwork.notification.event;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReceivedEventRepository extends JpaRepository<ReceivedEventEntity, UUID> {

}
