package org.partnernetwork.referral.referral;

import java.time.Duration;

/** How soon the receiver must answer; an unanswered referral expires at the deadline. */
public enum Urgency {

	EMERGENCY(Duration.ofHours(24)), HIGH(Duration.ofHours(72)), ROUTINE(Duration.ofDays(14));

	private final Duration answerWithin;

	Urgency(Duration answerWithin) {
		this.answerWithin = answerWithin;
	}

	public Duration answerWithin() {
		return answerWithin;
	}

}
