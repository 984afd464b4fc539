package org.partnernetwork.referral.outbox;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface OutboxRepository extends JpaRepository<OutboxEventEntity, Long> {

	/** The oldest waiting events, in the order they were written. */
	List<OutboxEventEntity> findByStateOrderById(OutboxState state, Limit limit);

	/** How many events wait to be delivered. */
	long countByState(OutboxState state);

	/** When the oldest event still waiting happened; none waiting: empty. */
	@Query("select min(e.occurredAt) from OutboxEventEntity e where e.state = :state")
	Optional<Instant> oldestOccurredAt(@Param("state") OutboxState state);

}
