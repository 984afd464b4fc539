package org.partnernetwork.e2e;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The metric names a PromQL expression reads (as the dashboard and the alerts write it).
 */
final class PromQl {

	private static final Set<String> KEYWORDS = Set.of("and", "or", "unless", "offset", "bool", "by", "without", "on",
			"ignoring", "group_left", "group_right", "inf", "nan");

	private static final Pattern IDENTIFIER = Pattern.compile("(?<![\\w.$])([a-zA-Z_:][a-zA-Z0-9_:]*)(\\s*\\()?");

	private PromQl() {
	}

	static Set<String> metricNames(String expression) {
		String bare = expression.replaceAll("\"(\\\\.|[^\"\\\\])*\"", "\"\"") // label
																				// values
			.replaceAll("\\{[^}]*}", " ") // label matchers
			.replaceAll("\\[[^]]*]", " ") // ranges, with Grafana's $__range
			.replaceAll("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", " ");
		Set<String> names = new TreeSet<>();
		Matcher matcher = IDENTIFIER.matcher(bare);
		while (matcher.find()) {
			boolean function = matcher.group(2) != null;
			if (!function && !KEYWORDS.contains(matcher.group(1))) {
				names.add(matcher.group(1));
			}
		}
		return names;
	}

}
