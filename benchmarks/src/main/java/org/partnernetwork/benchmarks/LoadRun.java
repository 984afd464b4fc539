package org.partnernetwork.benchmarks;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A closed-loop run: {@code concurrency} virtual threads each send a request, wait for
 * the answer and send the next, until the planned count is reached or the time cap
 * passes, whichever comes first. Request {@code i} asks for
 * {@code uris[(offset + i) % uris.size()]}, so every run asks the same things.
 */
final class LoadRun {

	private final Api api;

	private final int concurrency;

	private final Duration cap;

	LoadRun(Api api, int concurrency, Duration cap) {
		this.api = api;
		this.concurrency = concurrency;
		this.cap = cap;
	}

	RunStats run(List<URI> uris, String token, int planned) {
		return run(uris, token, planned, 0);
	}

	/** {@code offset}: where in the rotation of parameter sets to start. */
	RunStats run(List<URI> uris, String token, int planned, int offset) {
		return run(i -> send(uris.get((offset + i) % uris.size()), token), planned);
	}

	/**
	 * One request of a run: sends request {@code i}, answers {@code null} for success or
	 * what went wrong.
	 */
	@FunctionalInterface
	interface Request {

		String send(int i);

	}

	RunStats run(Request request, int planned) {
		long[] latencies = new long[planned];
		boolean[] succeeded = new boolean[planned];
		AtomicInteger next = new AtomicInteger();
		AtomicInteger completed = new AtomicInteger();
		AtomicInteger errors = new AtomicInteger();
		AtomicReference<String> firstError = new AtomicReference<>();
		long began = System.nanoTime();
		long deadline = began + cap.toNanos();
		try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
			List<Future<?>> workers = new ArrayList<>();
			for (int t = 0; t < concurrency; t++) {
				workers.add(threads.submit(() -> {
					int i;
					while (System.nanoTime() < deadline && (i = next.getAndIncrement()) < planned) {
						long sent = System.nanoTime();
						String error = request.send(i);
						latencies[i] = System.nanoTime() - sent;
						succeeded[i] = error == null;
						if (error != null) {
							errors.incrementAndGet();
							firstError.compareAndSet(null, error);
						}
						completed.incrementAndGet();
					}
				}));
			}
			for (Future<?> worker : workers) {
				worker.get();
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new BenchmarkException("interrupted while measuring");
		}
		catch (ExecutionException e) {
			throw new BenchmarkException("a load thread failed: " + e.getCause(), e.getCause());
		}
		Duration elapsed = Duration.ofNanos(System.nanoTime() - began);
		return new RunStats(completed.get(), planned, elapsed, successfulLatencies(latencies, succeeded), errors.get(),
				firstError.get());
	}

	/** {@code null} for a 200, otherwise what went wrong. */
	private String send(URI uri, String token) {
		try {
			Api.Response response = api.get(uri, token);
			return response.ok() ? null : "HTTP " + response.status() + " for " + uri + ": " + response.excerpt();
		}
		catch (Api.RequestFailedException e) {
			return e.getMessage();
		}
	}

	private static long[] successfulLatencies(long[] latencies, boolean[] succeeded) {
		int count = 0;
		for (boolean ok : succeeded) {
			count += ok ? 1 : 0;
		}
		long[] result = new long[count];
		int j = 0;
		for (int i = 0; i < latencies.length; i++) {
			if (succeeded[i]) {
				result[j++] = latencies[i];
			}
		}
		return result;
	}

}
