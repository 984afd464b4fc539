package org.partnernetwork.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * Deque's axe-core accessibility rules (WCAG 2.0 and 2.1, levels A and AA: labels, names,
 * contrast, headings, language, ARIA) run on the page a browser shows, as a person with a
 * screen reader or low vision would meet it.
 */
final class Accessibility {

	private static final String AXE = "/META-INF/resources/webjars/axe-core/" + version() + "/axe.min.js";

	private static final String SOURCE = read(AXE);

	private Accessibility() {
	}

	/**
	 * Each rule the page breaks: its id, impact and the elements that break it; empty
	 * when none.
	 */
	static List<String> violations(Chromium browser) {
		if (!browser.script("return typeof window.axe === 'object'").asBoolean()) {
			browser.script(SOURCE + "\nreturn true;");
		}
		JsonNode found = browser.scriptAsync("""
				var done = arguments[arguments.length - 1];
				axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
				  .then(result => done(result.violations.map(v =>
				    v.id + ' (' + v.impact + '): ' + v.nodes.map(n => n.target.join(' ')).join(', '))))
				  .catch(failure => done(['axe failed: ' + failure]));
				""");
		List<String> violations = new ArrayList<>();
		found.forEach(violation -> violations.add(violation.asString()));
		return violations;
	}

	/** Set by the build from the root pom's {@code axe-core.version}. */
	private static String version() {
		String version = System.getProperty("axe-core.version");
		if (version == null) {
			throw new IllegalStateException(
					"Run the browser tests with Maven: it names the axe-core version they load");
		}
		return version;
	}

	private static String read(String resource) {
		try (InputStream in = Accessibility.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("axe-core is not on the test class path at " + resource);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
