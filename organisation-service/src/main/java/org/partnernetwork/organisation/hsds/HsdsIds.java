package org.partnernetwork.organisation.hsds;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Identifiers for the HSDS records the directory has no table of its own for (a service's
 * language, a service area, an address…): name-based UUIDs (RFC 4122 version 3) of what
 * the record links, so the same record keeps the same id from one request to the next.
 */
final class HsdsIds {

	private static final String NAMESPACE = "partner-network:hsds:";

	private HsdsIds() {
	}

	static UUID of(String kind, Object... parts) {
		String name = NAMESPACE + kind + ":"
				+ Arrays.stream(parts).map(String::valueOf).collect(Collectors.joining(":"));
		return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
	}

}
