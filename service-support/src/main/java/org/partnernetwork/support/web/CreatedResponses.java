package org.partnernetwork.support.web;

import java.net.URI;

import org.partnernetwork.support.idempotency.Created;
import org.springframework.http.ResponseEntity;

/**
 * How a create answers: 201 with where the new thing is, and
 * {@code Idempotency-Replayed: true} on a replay.
 */
public final class CreatedResponses {

	public static final String REPLAYED = "Idempotency-Replayed";

	private CreatedResponses() {
	}

	public static <T> ResponseEntity<T> of(String location, Created<T> created) {
		var response = ResponseEntity.created(URI.create(location));
		if (created.replayed()) {
			response.header(REPLAYED, "true");
		}
		return response.body(created.answer());
	}

}
