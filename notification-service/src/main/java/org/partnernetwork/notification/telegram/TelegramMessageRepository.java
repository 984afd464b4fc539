package org.partnernetwork.notification.telegram;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface TelegramMessageRepository extends JpaRepository<TelegramMessageEntity, Long> {

	/**
	 * The oldest messages due now, locked for this sender: another instance skips them.
	 */
	@Query(value = """
			select * from outgoing_telegram
			where state = 'PENDING' and next_attempt_at <= :now
			order by id limit :limit for update skip locked""", nativeQuery = true)
	List<TelegramMessageEntity> claimDue(@Param("now") Instant now, @Param("limit") int limit);

	boolean existsByRecipientAndStateAndCreatedAtGreaterThanEqual(String recipient, TelegramMessageEntity.State state,
			Instant since);

}
