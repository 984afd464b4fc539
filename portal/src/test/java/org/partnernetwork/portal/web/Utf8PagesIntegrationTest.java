package org.partnernetwork.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.partnernetwork.portal.PortalIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.result.method.RequestMappingInfo;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Every HTML answer of every page route says it is UTF-8
 * ({@code text/html;charset=UTF-8}): Khmer depends on it. The routes are the portal's own
 * request mappings, each visited by a person with every role, as a page, as an htmx
 * request, in Khmer, and by a browser that names another charset; the stand-in services
 * answer nothing, so the pages also show their not-found, refused and unavailable
 * sentences.
 */
class Utf8PagesIntegrationTest extends PortalIntegrationTest {

	static final String ID = "9b2e4c6a-1d3f-4a5b-8c7d-0e1f2a3b4c5d";

	/** Values tried for a path variable, the first that its pattern accepts taken. */
	static final List<String> VALUES = List.of(ID, "aple");

	static final Pattern ALTERNATIVES = Pattern.compile("\\{(\\w+):([\\w-]+(?:\\|[\\w-]+)+)}");

	static final Map<String, UnaryOperator<WebTestClient.RequestHeadersSpec<?>>> VARIANTS = Map.of("a page",
			request -> request, "an htmx request",
			request -> request.header("HX-Request", "true").header("Accept", "*/*"), "in Khmer",
			request -> request.cookie("lang", "km"), "a browser naming another charset",
			request -> request.header("Accept", "text/html;charset=ISO-8859-1"));

	@Autowired
	RequestMappingHandlerMapping mappings;

	@TestFactory
	Stream<DynamicTest> shouldAnswerEveryPageInUtf8() {
		List<DynamicTest> tests = new ArrayList<>();
		mappings.getHandlerMethods().forEach((mapping, handler) -> {
			if (handler.getBeanType().getPackageName().startsWith("org.partnernetwork.portal")) {
				for (HttpMethod method : methods(mapping)) {
					for (PathPattern pattern : mapping.getPatternsCondition().getPatterns()) {
						String path = concrete(pattern);
						VARIANTS.forEach((variant, decorate) -> tests.add(DynamicTest.dynamicTest(
								method + " " + pattern + " as " + variant, () -> assertUtf8(method, path, decorate))));
					}
				}
			}
		});
		assertThat(tests).as("the portal's routes").hasSizeGreaterThan(30 * VARIANTS.size());
		return tests.stream();
	}

	private void assertUtf8(HttpMethod method, String path,
			UnaryOperator<WebTestClient.RequestHeadersSpec<?>> variant) {
		WebTestClient person = signedInAs("sokha.aple", "Sokha Keo", "aple", "coordinator", "supervisor", "org-admin",
				"centre-staff", "network-admin");
		WebTestClient.RequestHeadersSpec<?> request = method == HttpMethod.GET ? person.get().uri(path)
				: person.mutateWith(csrf()).method(method).uri(path);
		EntityExchangeResult<byte[]> answer = variant.apply(request).exchange().expectBody().returnResult();

		byte[] body = answer.getResponseBody();
		if (body != null && body.length > 0) {
			assertThat(answer.getResponseHeaders().getFirst("Content-Type"))
				.as("%s %s → %s", method, path, answer.getStatus())
				.isEqualTo("text/html;charset=UTF-8");
		}
	}

	private static List<HttpMethod> methods(RequestMappingInfo mapping) {
		return mapping.getMethodsCondition()
			.getMethods()
			.stream()
			.map(method -> HttpMethod.valueOf(method.name()))
			.toList();
	}

	/**
	 * The pattern with each variable replaced by a value it accepts: its first
	 * alternative, or an id or a slug.
	 */
	private static String concrete(PathPattern pattern) {
		for (String value : VALUES) {
			String candidate = Stream.of(pattern.getPatternString().split("/", -1))
				.map(segment -> variable(segment, value))
				.collect(Collectors.joining("/"));
			if (pattern.matches(PathContainer.parsePath(candidate))) {
				return candidate;
			}
		}
		throw new AssertionError("No value for " + pattern);
	}

	private static String variable(String segment, String value) {
		if (!segment.startsWith("{")) {
			return segment;
		}
		Matcher alternatives = ALTERNATIVES.matcher(segment);
		return alternatives.matches() ? alternatives.group(2).split("\\|")[0] : value;
	}

}
