package org.partnernetwork.support.domain;

/**
 * A field of a request and what is wrong with it, as Problem Details list it in
 * {@code errors}.
 */
public record FieldError(String field, String message) {
}
