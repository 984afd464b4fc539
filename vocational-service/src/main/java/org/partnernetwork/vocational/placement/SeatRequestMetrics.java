package org.partnernetwork.vocational.placement;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.stereotype.Component;

/**
 * {@code partner_network_seat_requests{state}}: how many seat requests are in each state
 * now (requested, offered, enrolled, …), read from the database when scraped, the name
 * the dashboard in {@code deploy/monitoring} reads. Counts only: nothing about a young
 * person is in a label.
 */
@Component
class SeatRequestMetrics implements MeterBinder {

	private final PlacementRepository placements;

	SeatRequestMetrics(PlacementRepository placements) {
		this.placements = placements;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		for (PlacementStatus state : PlacementStatus.values()) {
			Gauge.builder("partner.network.seat.requests", placements, stored -> stored.countByStatus(state))
				.description("Seat requests in each state")
				.tag("state", state.name())
				.register(registry);
		}
	}

}
