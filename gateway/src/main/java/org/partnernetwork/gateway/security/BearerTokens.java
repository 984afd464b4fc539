package org.partnernetwork.gateway.security;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;

/** The bearer token a request carries in its {@code Authorization} header, as Spring Security reads it. */
public final class BearerTokens {

	private static final Pattern BEARER = Pattern.compile("^Bearer (?<token>[a-zA-Z0-9-._~+/]+=*)$",
			Pattern.CASE_INSENSITIVE);

	private BearerTokens() {
	}

	/** The token, if the request has a well-formed bearer {@code Authorization} header. */
	public static Optional<String> of(ServerHttpRequest request) {
		String authorization = request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
		if (authorization == null || !authorization.regionMatches(true, 0, "bearer", 0, 6)) {
			return Optional.empty();
		}
		Matcher matcher = BEARER.matcher(authorization);
		return matcher.matches() ? Optional.of(matcher.group("token")) : Optional.of("");
	}
}
