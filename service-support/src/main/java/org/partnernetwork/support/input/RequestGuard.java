package org.partnernetwork.support.input;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.partnernetwork.support.problem.ProblemResponseWriter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The first filter a request meets, before security and before anything parses it: a
 * query string that is not UTF-8 percent-encoding is a 400, a {@code Content-Type} that
 * names no usable type (a wildcard such as {@code *}{@code /*}, an unknown charset,
 * something that does not parse), or a form or multipart body (the API reads only JSON) a
 * 415, and an {@code Accept} header that does not parse a 400, each as Problem Details.
 * Nothing the client sent is logged or echoed, and no later part (Tomcat's parameter
 * parser, Spring's message converters) meets such a request and fails with a 500.
 */
final class RequestGuard extends OncePerRequestFilter {

	private static final Set<String> FORMS = Set.of("multipart", "application/x-www-form-urlencoded");

	private final ProblemResponseWriter problems;

	RequestGuard(ProblemResponseWriter problems) {
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!QueryStrings.isWellFormed(request.getQueryString())) {
			problems.write(request, response, HttpStatus.BAD_REQUEST, "malformed-query");
		}
		else if (!isUsableContentType(request.getHeader(HttpHeaders.CONTENT_TYPE))) {
			problems.write(request, response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type");
		}
		else if (!isReadableAccept(request.getHeader(HttpHeaders.ACCEPT))) {
			problems.write(request, response, HttpStatus.BAD_REQUEST, "malformed-accept");
		}
		else {
			chain.doFilter(request, response);
		}
	}

	private static boolean isUsableContentType(String header) {
		if (header == null) {
			return true;
		}
		try {
			MediaType type = MediaType.parseMediaType(header);
			type.getCharset(); // an unknown or illegal charset name throws
			return !type.isWildcardType() && !type.isWildcardSubtype() && !FORMS.contains(type.getType())
					&& !FORMS.contains(type.getType() + "/" + type.getSubtype());
		}
		// InvalidMediaTypeException, an illegal or unknown charset
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private static boolean isReadableAccept(String header) {
		if (header == null) {
			return true;
		}
		try {
			MediaType.parseMediaTypes(header);
			return true;
		}
		// InvalidMediaTypeException, an illegal or unknown charset
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

}
