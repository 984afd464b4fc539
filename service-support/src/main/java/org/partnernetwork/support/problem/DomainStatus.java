package org.partnernetwork.support.problem;

import org.partnernetwork.support.domain.Conflict;
import org.partnernetwork.support.domain.DomainException;
import org.partnernetwork.support.domain.Forbidden;
import org.partnernetwork.support.domain.InvalidField;
import org.partnernetwork.support.domain.NotFound;
import org.partnernetwork.support.domain.PeerUnavailable;
import org.partnernetwork.support.domain.RuleViolation;
import org.springframework.http.HttpStatus;

/** The one place where a kind of domain refusal becomes an HTTP status. */
final class DomainStatus {

	private DomainStatus() {
	}

	static HttpStatus of(DomainException refusal) {
		return switch (refusal) {
			case InvalidField invalid -> HttpStatus.BAD_REQUEST;
			case Forbidden forbidden -> HttpStatus.FORBIDDEN;
			case NotFound notFound -> HttpStatus.NOT_FOUND;
			case Conflict conflict -> HttpStatus.CONFLICT;
			case RuleViolation violation -> HttpStatus.UNPROCESSABLE_CONTENT;
			case PeerUnavailable unavailable -> HttpStatus.SERVICE_UNAVAILABLE;
		};
	}

}
