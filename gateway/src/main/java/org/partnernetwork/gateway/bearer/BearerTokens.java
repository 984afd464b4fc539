package org.partnernetwork.gateway.bearer;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.BearerTokenErrorCodes;

/**
 * The bearer token a request carries in its {@code Authorization} header, as Spring
 * Security reads it, and whether a failed authentication was that token's fault. The
 * security chains and the limits both ask; it sits apart from either, so that neither
 * package needs the other for it.
 */
public final class BearerTokens {

	private static final Pattern BEARER = Pattern.compile("^Bearer (?<token>[a-zA-Z0-9-._~+/]+=*)$",
			Pattern.CASE_INSENSITIVE);

	private BearerTokens() {
	}

	/**
	 * The token, if the request has a bearer {@code Authorization} header; empty text if
	 * that is malformed.
	 */
	public static Optional<String> of(ServerHttpRequest request) {
		String authorization = request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
		if (authorization == null || !authorization.regionMatches(true, 0, "bearer", 0, 6)) {
			return Optional.empty();
		}
		Matcher matcher = BEARER.matcher(authorization);
		return matcher.matches() ? Optional.of(matcher.group("token")) : Optional.of("");
	}

	/**
	 * The token was refused: malformed, forged, expired, not yet valid or not for this
	 * platform. Not so when its check could not be made (Keycloak's keys out of reach).
	 */
	public static boolean isInvalid(AuthenticationException failure) {
		return failure instanceof OAuth2AuthenticationException refused
				&& BearerTokenErrorCodes.INVALID_TOKEN.equals(refused.getError().getErrorCode());
	}

}
