package org.partnernetwork.notification.inbox;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface NotificationRepository extends JpaRepository<NotificationEntity, UUID> {

	Page<NotificationEntity> findByRecipientOrderByCreatedAtDescIdDesc(String recipient, Pageable page);

	long countByRecipientAndReadAtIsNull(String recipient);

	Optional<NotificationEntity> findByIdAndRecipient(UUID id, String recipient);

	boolean existsByEventIdAndRecipient(UUID eventId, String recipient);

}
