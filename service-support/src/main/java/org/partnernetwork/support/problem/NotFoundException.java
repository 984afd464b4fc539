package org.partnernetwork.support.problem;

import org.springframework.http.HttpStatus;

/** Nothing the caller may see exists under that id — also the answer for what belongs to others. */
public final class NotFoundException extends ProblemException {

	private NotFoundException(String what) {
		super(HttpStatus.NOT_FOUND, "not-found", what);
	}

	public static NotFoundException of(String what) {
		return new NotFoundException(what);
	}
}
