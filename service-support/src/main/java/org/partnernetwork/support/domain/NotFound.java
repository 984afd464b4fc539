package org.partnernetwork.support.domain;

import java.util.List;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Nothing the caller may see exists there — also the answer for what belongs to others, so that its
 * existence is not revealed. The detail names the kind of thing ({@code problem.thing.<what>}) in the
 * caller's language.
 */
public non-sealed class NotFound extends DomainException {

	protected NotFound(String what) {
		super("not-found", List.of(),
				new DefaultMessageSourceResolvable(new String[] { "problem.thing." + what }, what));
	}

	/** Nothing of this kind ({@code referral}, {@code opening}, {@code action}…) is there for the caller. */
	public static NotFound of(String what) {
		return new NotFound(what);
	}
}
