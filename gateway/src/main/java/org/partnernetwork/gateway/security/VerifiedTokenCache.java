package org.partnernetwork.gateway.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

import reactor.core.publisher.Mono;

/**
 * Remembers bearer tokens the gateway has already verified, so that a client's next
 * requests with the same token skip the RSA signature check and the claim parsing: the
 * load test found them the largest single cost of a request through the gateway.
 * <p>
 * Only tokens that passed every check of the wrapped decoder (signature, issuer,
 * audience, times) are remembered, under their exact bytes, and only until they expire
 * and for {@link #MAX_AGE} at most; anything else — a forged, expired or unknown token —
 * is checked in full every time. Every service verifies the token again on its own. The
 * price: a token whose signing key Keycloak removes stays accepted here until it expires
 * or leaves the cache, as a cached JWK set would accept it anyway.
 */
final class VerifiedTokenCache implements ReactiveJwtDecoder {

	/** How long a verified token is remembered at most, even if it lives longer. */
	static final Duration MAX_AGE = Duration.ofMinutes(5);

	/**
	 * Enough for every user signed in at once; a full cache is emptied and fills again.
	 */
	static final int MAX_TOKENS = 2_000;

	private record Verified(Jwt jwt, Instant until) {
	}

	private final ReactiveJwtDecoder decoder;

	private final Clock clock;

	private final int maxTokens;

	private final Map<String, Verified> verified = new ConcurrentHashMap<>();

	VerifiedTokenCache(ReactiveJwtDecoder decoder, Clock clock, int maxTokens) {
		this.decoder = decoder;
		this.clock = clock;
		this.maxTokens = maxTokens;
	}

	@Override
	public Mono<Jwt> decode(String token) throws JwtException {
		Instant now = clock.instant();
		Verified known = verified.get(token);
		if (known != null) {
			if (now.isBefore(known.until()) && !isPremature(known.jwt(), now)) {
				return Mono.just(known.jwt());
			}
			verified.remove(token, known);
		}
		return decoder.decode(token).doOnNext(jwt -> remember(token, jwt, now));
	}

	/**
	 * Whether this token passed every check and is still valid: a token that need not be
	 * checked again now.
	 */
	boolean knows(String token) {
		Verified known = verified.get(token);
		Instant now = clock.instant();
		return known != null && now.isBefore(known.until()) && !isPremature(known.jwt(), now);
	}

	private void remember(String token, Jwt jwt, Instant now) {
		Instant until = now.plus(MAX_AGE);
		if (jwt.getExpiresAt() == null) {
			return;
		}
		if (jwt.getExpiresAt().isBefore(until)) {
			until = jwt.getExpiresAt();
		}
		if (verified.size() >= maxTokens) {
			verified.clear();
		}
		verified.put(token, new Verified(jwt, until));
	}

	private static boolean isPremature(Jwt jwt, Instant now) {
		return jwt.getNotBefore() != null && now.isBefore(jwt.getNotBefore());
	}

	int size() {
		return verified.size();
	}

}
