package org.partnernetwork.testsupport;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Fires calls at the same moment, each on its own thread, as people or retries racing
 * each other would.
 */
public final class Concurrently {

	private Concurrently() {
	}

	/** Runs the calls together; answers in the calls' order. */
	public static <T> List<T> together(List<Callable<T>> calls) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(calls.size());
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<T>> futures = new ArrayList<>();
			for (Callable<T> call : calls) {
				futures.add(pool.submit(() -> {
					start.await();
					return call.call();
				}));
			}
			start.countDown();
			List<T> results = new ArrayList<>();
			for (Future<T> future : futures) {
				results.add(future.get());
			}
			return results;
		}
		finally {
			pool.shutdownNow();
		}
	}

	/** The same call made by {@code callers} at once. */
	public static <T> List<T> together(int callers, Callable<T> call) throws Exception {
		return together(Collections.nCopies(callers, call));
	}

}
