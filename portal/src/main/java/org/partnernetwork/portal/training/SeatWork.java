package org.partnernetwork.portal.training;

import java.util.List;

import org.partnernetwork.portal.training.Training.PlacementSummary;
import org.partnernetwork.portal.web.Page;
import org.partnernetwork.portal.web.Person;
import org.partnernetwork.portal.web.ServiceCall.Caller;
import org.partnernetwork.portal.web.ServiceCall.Found;
import org.partnernetwork.portal.web.WorkSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * The training part of the start page, for centre staff: seat requests waiting for the
 * centre's answer, counted by vocational-service, opening the centre's list of them.
 */
@Component
@Order(2)
class SeatWork implements WorkSource {

	static final String SEAT_REQUESTS = "/training/placements#group-awaiting";

	private final TrainingClient training;

	SeatWork(TrainingClient training) {
		this.training = training;
	}

	@Override
	public Mono<List<Work>> work(Person person, Caller caller) {
		if (person.organisation() == null || !person.has(TrainingPages.CENTRE_STAFF)) {
			return Mono.just(List.of());
		}
		return training.seatRequestsToAnswer(caller)
			.map(outcome -> outcome instanceof Found<Page<PlacementSummary>> found
					? List.of(new Work("seatRequests", found.value().totalItems(), 0, SEAT_REQUESTS))
					: List.of(Work.unavailable("seatRequests", SEAT_REQUESTS)));
	}

}
