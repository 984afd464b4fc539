package org.partnernetwork.launcher;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Refuses to start when a port one of the parts needs is taken already. */
final class PortCheck {

	private PortCheck() {
	}

	static void requireFree(PlatformConfig config) {
		List<String> taken = new ArrayList<>();
		String firstPart = null;
		for (Map.Entry<String, Integer> entry : config.ports().byPart().entrySet()) {
			String part = entry.getKey().replace(" (management)", "");
			boolean needed = config.starts(part) && !(part.equals(Parts.DATABASE) && !config.usesEmbeddedDatabase());
			if (needed && Ports.isTaken(entry.getValue())) {
				taken.add("port " + entry.getValue() + " (" + entry.getKey() + ")");
				firstPart = firstPart == null ? part : firstPart;
			}
		}
		if (!taken.isEmpty()) {
			throw new PlatformStartException(firstPart, String.join(", ", taken) + (taken.size() == 1 ? " is" : " are")
					+ " already in use: is Partner Network running already (./platform status), or another program?");
		}
	}

}
