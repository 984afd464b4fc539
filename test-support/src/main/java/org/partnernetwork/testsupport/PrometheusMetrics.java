package org.partnernetwork.testsupport;

import java.util.Arrays;
import java.util.List;

/**
 * What a service's {@code /actuator/prometheus} says: one scrape, then the value of a
 * series by its name and some of its labels, e.g.
 * {@code value("partner_network_referrals_sent_total", "urgency=HIGH")} (the series may
 * have more labels, such as {@code application}).
 */
public record PrometheusMetrics(String text) {

	/** Scrapes the actuator on this port (a management port: no token). */
	public static PrometheusMetrics scrape(int port) {
		HttpApi.Response metrics = new HttpApi("http://localhost:" + port).get("/actuator/prometheus", null);
		if (metrics.status() != 200) {
			throw new AssertionError("/actuator/prometheus answered " + metrics.status());
		}
		return new PrometheusMetrics(metrics.body());
	}

	/**
	 * The value of the one series of this name that has these labels
	 * ({@code name=value}); none, or more than one, fails the test.
	 */
	public double value(String name, String... labels) {
		List<String> series = Arrays.stream(text.split("\n"))
			.filter(line -> line.startsWith(name + "{") && hasLabels(line, labels))
			.toList();
		if (series.size() != 1) {
			throw new AssertionError(name + " with " + List.of(labels) + ": " + series.size() + " series, not one");
		}
		String line = series.get(0);
		return Double.parseDouble(line.substring(line.lastIndexOf('}') + 1).trim().split(" ")[0]);
	}

	private static boolean hasLabels(String line, String... labels) {
		String block = line.substring(line.indexOf('{') + 1, line.lastIndexOf('}'));
		List<String> present = Arrays.asList(block.split(","));
		return Arrays.stream(labels).map(label -> label.replaceFirst("=", "=\"") + "\"").allMatch(present::contains);
	}

}
