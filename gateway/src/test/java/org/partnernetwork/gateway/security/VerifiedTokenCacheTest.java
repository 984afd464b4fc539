package org.partnernetwork.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

import reactor.core.publisher.Mono;

class VerifiedTokenCacheTest {

	private static final Instant NOW = Instant.parse("2026-11-24T08:00:00Z");

	private final List<String> checked = new ArrayList<>();

	private final MutableClock clock = new MutableClock(NOW);

	/**
	 * Stands in for the real decoder: "good-…" tokens pass, expiring at the given time;
	 * anything else fails.
	 */
	private final Map<String, Instant> expiries = new HashMap<>();

	private final ReactiveJwtDecoder realDecoder = token -> {
		checked.add(token);
		Instant expiry = expiries.get(token);
		if (expiry == null || !clock.instant().isBefore(expiry)) {
			return Mono.error(new BadJwtException("rejected"));
		}
		return Mono.just(Jwt.withTokenValue(token)
			.header("alg", "RS256")
			.subject("sophea")
			.issuedAt(NOW.minusSeconds(10))
			.expiresAt(expiry)
			.build());
	};

	private final VerifiedTokenCache cache = new VerifiedTokenCache(realDecoder, clock, 3);

	@Test
	void aVerifiedTokenIsNotCheckedAgainWhileItIsValid() {
		expiries.put("good-1", NOW.plus(Duration.ofMinutes(5)));

		Jwt first = cache.decode("good-1").block();
		clock.advance(Duration.ofMinutes(2));
		Jwt second = cache.decode("good-1").block();

		assertThat(second).isSameAs(first);
		assertThat(checked).containsExactly("good-1");
	}

	@Test
	void anExpiredTokenIsCheckedInFullAgainAndRefused() {
		expiries.put("good-1", NOW.plus(Duration.ofMinutes(1)));
		cache.decode("good-1").block();

		clock.advance(Duration.ofMinutes(1));

		assertThatThrownBy(() -> cache.decode("good-1").block()).isInstanceOf(BadJwtException.class);
		assertThat(checked).containsExactly("good-1", "good-1");
	}

	@Test
	void aLongLivedTokenIsCheckedAgainAfterTheMaximumAge() {
		expiries.put("good-1", NOW.plus(Duration.ofHours(2)));
		cache.decode("good-1").block();

		clock.advance(VerifiedTokenCache.MAX_AGE);
		cache.decode("good-1").block();

		assertThat(checked).containsExactly("good-1", "good-1");
	}

	@Test
	void aRefusedTokenIsNeverRemembered() {
		assertThatThrownBy(() -> cache.decode("forged").block()).isInstanceOf(BadJwtException.class);
		assertThatThrownBy(() -> cache.decode("forged").block()).isInstanceOf(BadJwtException.class);

		assertThat(checked).containsExactly("forged", "forged");
		assertThat(cache.size()).isZero();
	}

	@Test
	void theCacheNeverHoldsMoreThanItsLimit() {
		for (int i = 0; i < 10; i++) {
			expiries.put("good-" + i, NOW.plus(Duration.ofMinutes(5)));
			cache.decode("good-" + i).block();
			assertThat(cache.size()).isLessThanOrEqualTo(3);
		}
		assertThat(checked).hasSize(10);
	}

	private static final class MutableClock extends Clock {

		private Instant now;

		MutableClock(Instant now) {
			this.now = now;
		}

		void advance(Duration duration) {
			now = now.plus(duration);
		}

		@Override
		public Instant instant() {
			return now;
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

	}

}
