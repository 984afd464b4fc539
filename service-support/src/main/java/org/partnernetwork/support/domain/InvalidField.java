package org.partnernetwork.support.domain;

import java.util.List;

/**
 * Fields that passed their own checks but are still wrong (an unknown code, a date in the
 * past, a version where none may be given): answered like any invalid request, naming
 * each field.
 */
public non-sealed class InvalidField extends DomainException {

	protected InvalidField(List<FieldError> errors) {
		super("validation", errors);
	}

	public static InvalidField of(String field, String message) {
		return new InvalidField(List.of(new FieldError(field, message)));
	}

	public static InvalidField of(List<FieldError> errors) {
		return new InvalidField(errors);
	}

}
