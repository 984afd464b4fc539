package org.partnernetwork.support.problem;

import java.util.List;

import org.springframework.http.HttpStatus;

/** A field that passed its own checks but is still wrong (an unknown code, a stale version…): 400 with the field. */
public final class InvalidFieldException extends ProblemException {

	private InvalidFieldException(List<Problems.FieldError> errors) {
		super(HttpStatus.BAD_REQUEST, "validation", errors);
	}

	public static InvalidFieldException of(String field, String message) {
		return new InvalidFieldException(List.of(new Problems.FieldError(field, message)));
	}
}
