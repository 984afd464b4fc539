package org.partnernetwork.support.problem;

import org.springframework.http.HttpStatus;

/**
 * Nothing the caller may see exists under that id — also the answer for what belongs to others. The detail
 * names the kind of thing ({@code problem.thing.<what>}) in the caller's language.
 */
public final class NotFoundException extends ProblemException {

	private NotFoundException(String what) {
		super(HttpStatus.NOT_FOUND, "not-found", Problems.thing(what));
	}

	public static NotFoundException of(String what) {
		return new NotFoundException(what);
	}
}
