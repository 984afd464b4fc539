package org.partnernetwork.support.web;

/**
 * The shapes of the codes and references the services' APIs share, each written once, so
 * that a request naming an organisation, a province or a service type is checked alike at
 * every service. Bean Validation's
 * {@code @Pattern(regexp = ApiPatterns.PROVINCE, message = …)} takes them as they are.
 */
public final class ApiPatterns {

	/**
	 * An organisation's slug, as onboarding makes it and its Keycloak organization's
	 * alias carries it: 3 to 60 lower-case letters, digits and dashes, neither starting
	 * nor ending with a dash.
	 */
	public static final String ORGANISATION_SLUG = "[a-z0-9][a-z0-9-]{1,58}[a-z0-9]";

	/** A Cambodian province by its ISO 3166-2:KH code, {@code KH-1} to {@code KH-25}. */
	public static final String PROVINCE = "KH-([1-9]|1[0-9]|2[0-5])";

	/**
	 * A service type of the network's taxonomy: lower-case words joined by dashes
	 * ({@code shelter}, {@code legal-aid}).
	 */
	public static final String SERVICE_TYPE = "[a-z][a-z-]{1,38}[a-z]";

	/**
	 * An ISO 639 language code's shape ({@code km}, {@code en}); whether it is one is
	 * checked against the list.
	 */
	public static final String LANGUAGE = "[a-z]{2,3}";

	/** A child's or young person's sex, as a case records it. */
	public static final String SEX = "female|male|other";

	/** Whom a service or an opening takes. */
	public static final String ELIGIBLE_SEX = "any|female|male";

	/**
	 * A pseudonymous reference from an organisation's own case system: letters, digits
	 * and {@code . _ / -} only, so that it cannot hold a name.
	 */
	public static final String CASE_REFERENCE = "[A-Za-z0-9][A-Za-z0-9._/-]{0,39}";

	/**
	 * A reason or outcome code a transition records ({@code NO_CAPACITY},
	 * {@code EMPLOYED}).
	 */
	public static final String CODE = "[A-Z_]{2,40}";

	private ApiPatterns() {
	}

}
