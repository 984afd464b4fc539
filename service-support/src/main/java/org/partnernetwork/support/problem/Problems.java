package org.partnernetwork.support.problem;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import org.partnernetwork.support.domain.FieldError;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * Builds Problem Details with a stable type and a title and detail in the caller's
 * language.
 */
public final class Problems {

	public static final String TYPE_PREFIX = "urn:partner-network:problem:";

	/**
	 * A placeholder no argument filled: such a detail is left out rather than shown as
	 * "{0}".
	 */
	private static final java.util.regex.Pattern UNFILLED = java.util.regex.Pattern.compile("\\{\\d+}");

	private static final Locale KHMER = Locale.forLanguageTag("km");

	private final MessageSource messages;

	public Problems(MessageSource messages) {
		this.messages = messages;
	}

	public static URI type(String code) {
		return URI.create(TYPE_PREFIX + code);
	}

	public ProblemDetail create(HttpStatusCode status, String code, Object... arguments) {
		return create(status, code, LocaleContextHolder.getLocale(), arguments);
	}

	public ProblemDetail create(HttpStatusCode status, String code, Locale requested, Object... arguments) {
		Locale locale = supported(requested);
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setType(type(code));
		problem.setTitle(messages.getMessage("problem." + code + ".title", null, code, locale));
		String detail = arguments.length == 0
				? messages.getMessage("problem." + code + ".detail.general", null, null, locale) : null;
		if (detail == null) {
			detail = messages.getMessage("problem." + code + ".detail", arguments, null, locale);
		}
		if (detail != null && !UNFILLED.matcher(detail).find()) {
			problem.setDetail(detail);
		}
		return problem;
	}

	/**
	 * Khmer when the caller asks for it, English otherwise: the only two languages the
	 * platform speaks, and no message lookup for whatever else an {@code Accept-Language}
	 * header may hold.
	 */
	static Locale supported(Locale requested) {
		return requested != null && KHMER.getLanguage().equals(requested.getLanguage()) ? KHMER : Locale.ENGLISH;
	}

	/**
	 * The path a problem is about, when it is a URI at all (a path Tomcat let through may
	 * not be).
	 */
	public static java.util.Optional<URI> instance(String path) {
		try {
			return java.util.Optional.of(URI.create(path));
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			return java.util.Optional.empty();
		}
	}

	/**
	 * The stable code of a status that Spring MVC, the servlet container or a filter
	 * raised on its own.
	 */
	public static String codeFor(HttpStatusCode status) {
		return switch (status.value()) {
			case 400 -> "malformed-request";
			case 401 -> "unauthenticated";
			case 403 -> "forbidden";
			case 404 -> "not-found";
			case 405 -> "method-not-allowed";
			case 406 -> "not-acceptable";
			case 408 -> "request-timeout";
			case 413 -> "payload-too-large";
			case 414 -> "uri-too-long";
			case 415 -> "unsupported-media-type";
			case 431 -> "headers-too-large";
			case 503 -> "service-unavailable";
			default -> status.is4xxClientError() ? "bad-request" : "internal-error";
		};
	}

	/** Adds the fields a request got wrong, as {@code errors: [{field, message}]}. */
	public static ProblemDetail withErrors(ProblemDetail problem, List<FieldError> errors) {
		problem.setProperty("errors", errors);
		return problem;
	}

}
