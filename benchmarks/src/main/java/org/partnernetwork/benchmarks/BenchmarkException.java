package org.partnernetwork.benchmarks;

/**
 * Something the benchmark cannot go on without; its message is what the person running it
 * reads.
 */
final class BenchmarkException extends RuntimeException {

	BenchmarkException(String message) {
		super(message);
	}

	BenchmarkException(String message, Throwable cause) {
		super(message, cause);
	}

}
