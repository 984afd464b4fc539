package org.partnernetwork.support.domain;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A field of a request and what is wrong with it, as Problem Details list it in
 * {@code errors}; {@code code}, where given, is a stable name of what is wrong (for
 * instance {@code personal-details}) that a client may show its own sentence for.
 */
public record FieldError(String field, String message, @JsonInclude(JsonInclude.Include.NON_NULL) String code) {

	public FieldError(String field, String message) {
		this(field, message, null);
	}

}
