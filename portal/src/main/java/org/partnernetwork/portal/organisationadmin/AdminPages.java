package org.partnernetwork.portal.organisationadmin;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.partnernetwork.portal.web.FormFields;
import org.partnernetwork.portal.web.Person;
import org.partnernetwork.portal.web.ServiceCall.Refused;
import org.springframework.http.HttpStatus;
import org.springframework.web.reactive.result.view.Rendering;

/**
 * What My organisation's and onboarding's pages share: who may open them (the roles only
 * decide what the portal offers; organisation-service decides what is done), the pages
 * that say no, and refusals as sentences.
 */
final class AdminPages {

	static final String MY_ORGANISATION = "/my-organisation";

	private AdminPages() {
	}

	/**
	 * Why this person has no "My organisation", as a message key; empty when they have
	 * one.
	 */
	static Optional<String> noOrganisationToKeep(Person person) {
		if (!person.has("org-admin")) {
			return Optional.of("admin.refused.role");
		}
		return person.organisation() == null ? Optional.of("admin.refused.organisation") : Optional.empty();
	}

	static Optional<String> mayNotOnboard(Person person) {
		return person.has("network-admin") ? Optional.empty() : Optional.of("admin.refused.networkAdmin");
	}

	/** A plain page saying why not (403), never a stack trace. */
	static Rendering refused(String reason) {
		return Rendering.view("portal/my-organisation-refused")
			.modelAttribute("reason", reason)
			.status(HttpStatus.FORBIDDEN)
			.build();
	}

	/** After a change: My organisation, with a short sentence saying what was saved. */
	static Rendering saved(String what) {
		return Rendering.redirectTo(MY_ORGANISATION + "?saved=" + what).build();
	}

	/** The fields the directory refused, as the form's own; anything else is "other". */
	static Set<String> besideFields(Refused<?> refused, FormFields formFields) {
		return refused.fields()
			.stream()
			.filter(Objects::nonNull)
			.map(field -> formFields.beside(field).orElse("other"))
			.collect(Collectors.toSet());
	}

	/**
	 * The sentence above a form the portal itself found wrong: "other" alone is nothing
	 * the person can mend.
	 */
	static String problem(Set<String> invalid) {
		return invalid.equals(Set.of("other")) ? "admin.refused.other" : "admin.problem";
	}

	/** The sentence above a refused form. */
	static String sentence(Refused<?> refused, Set<String> fields) {
		return switch (refused.status()) {
			case 403 -> "admin.refused.forbidden";
			case 409 -> "admin.refused.conflict";
			case 422 -> "admin.refused.rule";
			default -> fields.isEmpty() ? "admin.refused.other" : problem(fields);
		};
	}

}
