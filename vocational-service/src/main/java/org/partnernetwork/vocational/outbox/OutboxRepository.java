package org.partnernetwork.vocational.outbox;

import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface OutboxRepository extends JpaRepository<OutboxEventEntity, Long> {

	/** The oldest events still waiting, in the order they happened. */
	List<OutboxEventEntity> findByStateOrderByIdAsc(OutboxState state, Limit limit);
}
