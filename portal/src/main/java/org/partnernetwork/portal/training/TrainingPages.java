package org.partnernetwork.portal.training;

import org.springframework.http.HttpStatus;
import org.springframework.web.reactive.result.view.Rendering;

/** The pages every training page falls back on: not found (also for what is another organisation's) and unavailable. */
final class TrainingPages {

	static final String CENTRE_STAFF = "centre-staff";

	private TrainingPages() {
	}

	static Rendering notFound(String sentence) {
		return Rendering.view("portal/not-found").modelAttribute("notFoundText", sentence)
			.status(HttpStatus.NOT_FOUND).build();
	}

	static Rendering unavailable() {
		return Rendering.view("portal/unavailable").modelAttribute("unavailableText", "training.unavailable")
			.status(HttpStatus.SERVICE_UNAVAILABLE).build();
	}
}
