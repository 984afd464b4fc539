package org.partnernetwork.support.domain;

import java.util.List;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Nothing the caller may see exists there — also the answer for what belongs to others,
 * so that its existence is not revealed. The detail names the kind of thing
 * ({@code problem.thing.<what>}) in the caller's language.
 */
public non-sealed class NotFound extends DomainException {

	private final Object id;

	/**
	 * Nothing of this kind with this id (an id, never personal data), or null when no id
	 * was asked for.
	 */
	protected NotFound(String what, Object id) {
		super("not-found", List.of(),
				new DefaultMessageSourceResolvable(new String[] { "problem.thing." + what }, what));
		this.id = id;
	}

	/**
	 * Nothing of this kind ({@code referral}, {@code opening}, {@code action}…) is there
	 * for the caller.
	 */
	public static NotFound of(String what) {
		return new NotFound(what, null);
	}

	/** The id that was asked for, if the refusal names one. */
	public Object id() {
		return id;
	}

}
