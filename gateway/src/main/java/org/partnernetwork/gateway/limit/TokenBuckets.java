package org.partnernetwork.gateway.limit;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import org.partnernetwork.gateway.config.GatewayProperties;

/**
 * One token bucket per client, in memory. A bucket holds up to {@code burst} tokens and
 * refills at {@code requestsPerSecond}; each request takes one token or is refused. A
 * bucket left alone long enough to be full again is the same as no bucket, so such
 * buckets are dropped at each sweep; no more than {@code maxClients} are kept, and while
 * that many clients are busy at once a new one is refused.
 */
final class TokenBuckets {

	private static final long MIN_SWEEP_INTERVAL = TimeUnit.SECONDS.toNanos(1);

	private final double tokensPerNano;

	private final double burst;

	private final long refillNanos;

	private final int maxClients;

	private final LongSupplier nanoTime;

	private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

	private final AtomicLong nextSweep;

	TokenBuckets(GatewayProperties.RateLimit settings, LongSupplier nanoTime) {
		this.tokensPerNano = settings.requestsPerSecond() / TimeUnit.SECONDS.toNanos(1);
		this.burst = settings.burst();
		this.refillNanos = (long) Math.ceil(burst * TimeUnit.SECONDS.toNanos(1) / settings.requestsPerSecond());
		this.maxClients = settings.maxClients();
		this.nanoTime = nanoTime;
		this.nextSweep = new AtomicLong(nanoTime.getAsLong() + sweepInterval());
	}

	/**
	 * Takes a token from the client's bucket, or says how many seconds until one is
	 * there.
	 */
	Take take(String client) {
		long now = nanoTime.getAsLong();
		sweepIfDue(now);
		if (buckets.size() >= maxClients && !buckets.containsKey(client)) {
			return Take.refused(seconds(sweepInterval()));
		}
		Bucket bucket = buckets.compute(client,
				(key, previous) -> (previous != null ? previous : new Bucket(burst, now, false)).take(now, this));
		if (bucket.granted()) {
			return Take.GRANTED;
		}
		return Take.refused(seconds((long) Math.ceil((1 - bucket.tokens()) / tokensPerNano)));
	}

	/**
	 * Whether the client's bucket holds a token now, without taking it: what
	 * {@link #take} would answer. A client without a bucket has a full one, unless
	 * {@code maxClients} others have buckets.
	 */
	Take peek(String client) {
		long now = nanoTime.getAsLong();
		sweepIfDue(now);
		Bucket bucket = buckets.get(client);
		if (bucket == null) {
			return buckets.size() >= maxClients ? Take.refused(seconds(sweepInterval())) : Take.GRANTED;
		}
		double available = bucket.available(now, this);
		return available >= 1 ? Take.GRANTED : Take.refused(seconds((long) Math.ceil((1 - available) / tokensPerNano)));
	}

	/**
	 * How many clients have a bucket that is not full (for tests of the memory bound).
	 */
	int trackedClients() {
		return buckets.size();
	}

	private void sweepIfDue(long now) {
		long due = nextSweep.get();
		if (now - due >= 0 && nextSweep.compareAndSet(due, now + sweepInterval())) {
			// removes a bucket only if it is still the one tested: a request racing the
			// sweep keeps its bucket
			buckets.values().removeIf(bucket -> now - bucket.updatedAt() >= refillNanos);
		}
	}

	private long sweepInterval() {
		return Math.max(refillNanos, MIN_SWEEP_INTERVAL);
	}

	private static long seconds(long nanos) {
		return Math.max(1, (nanos + TimeUnit.SECONDS.toNanos(1) - 1) / TimeUnit.SECONDS.toNanos(1));
	}

	/** The outcome of one request: served, or refused with the seconds to wait. */
	record Take(boolean granted, long retryAfterSeconds) {

		static final Take GRANTED = new Take(true, 0);

		static Take refused(long retryAfterSeconds) {
			return new Take(false, retryAfterSeconds);
		}
	}

	private record Bucket(double tokens, long updatedAt, boolean granted) {

		Bucket take(long now, TokenBuckets limits) {
			double available = available(now, limits);
			return available >= 1 ? new Bucket(available - 1, now, true) : new Bucket(available, now, false);
		}

		double available(long now, TokenBuckets limits) {
			return Math.min(limits.burst, tokens + Math.max(0, now - updatedAt) * limits.tokensPerNano);
		}
	}

}
