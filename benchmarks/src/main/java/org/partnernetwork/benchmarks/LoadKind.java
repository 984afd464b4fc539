package org.partnernetwork.benchmarks;

/**
 * The requests the load test makes, each through the gateway and straight at its service.
 */
enum LoadKind {

	DIRECTORY_SEARCH("directory search", 200), OPENING_SEARCH("opening search", 200),
	REFERRAL_CREATE("referral create + send", 201);

	private final String title;

	private final int expectedStatus;

	LoadKind(String title, int expectedStatus) {
		this.title = title;
		this.expectedStatus = expectedStatus;
	}

	String title() {
		return title;
	}

	int expectedStatus() {
		return expectedStatus;
	}

}
