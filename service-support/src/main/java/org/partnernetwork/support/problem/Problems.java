package org.partnernetwork.support.problem;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** Builds Problem Details with a stable type and a title and detail in the caller's language. */
public final class Problems {

	public static final String TYPE_PREFIX = "urn:partner-network:problem:";

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

	public ProblemDetail create(HttpStatusCode status, String code, Locale locale, Object... arguments) {
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setType(type(code));
		problem.setTitle(messages.getMessage("problem." + code + ".title", null, code, locale));
		String detail = messages.getMessage("problem." + code + ".detail", arguments, null, locale);
		if (detail != null) {
			problem.setDetail(detail);
		}
		return problem;
	}

	/** Adds the fields a request got wrong, as {@code errors: [{field, message}]}. */
	public static ProblemDetail withErrors(ProblemDetail problem, List<FieldError> errors) {
		problem.setProperty("errors", errors);
		return problem;
	}

	public record FieldError(String field, String message) {
	}
}
