package org.partnernetwork.support.outbox;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.NoRepositoryBean;
import org.springframework.data.repository.query.Param;

/** What every outbox's repository answers, whatever its entity. */
@NoRepositoryBean
public interface OutboxEvents<T extends OutboxDelivery> extends JpaRepository<T, Long> {

	/** How many events are in this state. */
	long countByState(OutboxState state);

	/** When the oldest event in this state happened; none: empty. */
	@Query("select min(e.occurredAt) from #{#entityName} e where e.state = :state")
	Optional<Instant> oldestOccurredAt(@Param("state") OutboxState state);

}
