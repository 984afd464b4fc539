package org.partnernetwork.gateway.limit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.partnernetwork.gateway.config.GatewayProperties;

class TokenBucketsTest {

	final AtomicLong now = new AtomicLong(1_000);

	TokenBuckets buckets(double requestsPerSecond, int burst, int maxClients) {
		return new TokenBuckets(new GatewayProperties.RateLimit(requestsPerSecond, burst, maxClients), now::get);
	}

	void timePasses(double seconds) {
		now.addAndGet((long) (seconds * TimeUnit.SECONDS.toNanos(1)));
	}

	@Test
	void shouldServeTheBurstAndThenTellHowLongToWait() {
		TokenBuckets buckets = buckets(2, 3, 100);

		for (int i = 0; i < 3; i++) {
			assertThat(buckets.take("user:a").granted()).isTrue();
		}
		TokenBuckets.Take refused = buckets.take("user:a");

		assertThat(refused.granted()).isFalse();
		assertThat(refused.retryAfterSeconds()).isEqualTo(1);
		assertThat(buckets.take("user:b").granted()).as("another user has their own bucket").isTrue();
	}

	@Test
	void shouldServeAgainAtTheSteadyRate() {
		TokenBuckets buckets = buckets(0.5, 1, 100);
		buckets.take("user:a");

		timePasses(1.9);
		assertThat(buckets.take("user:a").granted()).isFalse();
		timePasses(0.2);
		assertThat(buckets.take("user:a").granted()).isTrue();
		assertThat(buckets.take("user:a").retryAfterSeconds()).isEqualTo(2);
	}

	@Test
	void shouldForgetClientsThatHaveBeenQuietLongEnoughToBeFullAgain() {
		TokenBuckets buckets = buckets(20, 40, 100);
		for (int i = 0; i < 50; i++) {
			buckets.take("address:10.0.0." + i);
		}
		assertThat(buckets.trackedClients()).isEqualTo(50);

		timePasses(2.5);
		buckets.take("user:a");

		assertThat(buckets.trackedClients()).isEqualTo(1);
	}

	@Test
	void shouldNeverHoldMoreClientsThanAllowedAndRefuseNewOnesWhileFull() {
		TokenBuckets buckets = buckets(20, 40, 10);
		for (int i = 0; i < 10; i++) {
			buckets.take("address:10.0.0." + i);
		}

		TokenBuckets.Take newcomer = buckets.take("address:10.0.0.99");

		assertThat(newcomer.granted()).isFalse();
		assertThat(newcomer.retryAfterSeconds()).isEqualTo(2);
		assertThat(buckets.take("address:10.0.0.1").granted()).as("a known client is still served").isTrue();
		assertThat(buckets.trackedClients()).isEqualTo(10);

		timePasses(2.5);
		assertThat(buckets.take("address:10.0.0.99").granted()).isTrue();
	}

	@Test
	void shouldTellWhetherABucketHoldsATokenWithoutTakingIt() {
		TokenBuckets buckets = buckets(0.5, 2, 100);

		assertThat(buckets.peek("address:a").granted()).as("a client never seen has a full bucket").isTrue();
		assertThat(buckets.trackedClients()).isZero();
		buckets.take("address:a");
		for (int i = 0; i < 5; i++) {
			assertThat(buckets.peek("address:a").granted()).as("looking takes nothing").isTrue();
		}
		buckets.take("address:a");
		TokenBuckets.Take spent = buckets.peek("address:a");

		assertThat(spent.granted()).isFalse();
		assertThat(spent.retryAfterSeconds()).isEqualTo(2);
		timePasses(2.1);
		assertThat(buckets.peek("address:a").granted()).isTrue();
	}

	@Test
	void shouldRefuseToLookIntoANewClientsBucketWhileFullAsTakingWould() {
		TokenBuckets buckets = buckets(20, 40, 3);
		for (int i = 0; i < 3; i++) {
			buckets.take("address:10.0.0." + i);
		}

		assertThat(buckets.peek("address:10.0.0.99").granted()).isFalse();
		assertThat(buckets.peek("address:10.0.0.1").granted()).isTrue();
	}

}
