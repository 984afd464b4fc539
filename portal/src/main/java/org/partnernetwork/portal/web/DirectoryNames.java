package org.partnernetwork.portal.web;

import java.util.Locale;
import java.util.Optional;

import org.partnernetwork.portal.web.ServiceCall.Caller;

import reactor.core.publisher.Mono;

/**
 * {@link Names} that know what the directory calls things, for pages outside Find help:
 * its service types, and where a page names other organisations (who sent what to whom,
 * centres and requesters), their names. The directory answers it; when it cannot, the
 * page still shows, with service type codes and organisation slugs as they are.
 */
public interface DirectoryNames {

	/** With the directory's service types. */
	Mono<Names> in(Locale locale, Caller caller);

	/**
	 * With the names of the organisations in the directory only, for pages that show no
	 * service type.
	 */
	Mono<Names> ofOrganisations(Locale locale, Caller caller);

	/** With the directory's service types and the names of its organisations. */
	Mono<Names> withOrganisations(Locale locale, Caller caller);

	/**
	 * The ages an organisation's service takes, as the directory says; empty when it
	 * cannot say (no such service, no answer).
	 */
	Mono<Optional<Ages>> ages(String organisation, String serviceType, Caller caller);

	/**
	 * From {@code from} (0 when the directory gives none) to {@code to} (null: no limit).
	 */
	record Ages(int from, Integer to) {
	}

}
