package org.partnernetwork.support.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * A body is read as written: for each kind of field, every value of another shape is
 * refused with an error that names the field — a number or a spaced or lower-case
 * spelling for a choice, a fraction or a text for a whole number, a number for a text, a
 * year 999999999 for a date — and a well-formed body is read as sent.
 */
class StrictJsonTest {

	enum Kind {

		SERVICE, TRANSFER

	}

	record Child(Integer ageYears, int siblings) {
	}

	record Request(Kind kind, Child child, Boolean send, String summary, Instant recordedAt, LocalDate startDate,
			BigDecimal stipend, List<Kind> kinds) {
	}

	private static final JsonMapper JSON = strict();

	static Stream<Arguments> wrongValues() {
		return Stream
			.of(wrong("kind", "1", "0", "-1", "1.5", "true", "\"SERVICE \"", "\" SERVICE\"", "\"service\"",
					"\"SERVICE\\t\"", "\"\"", "\"0\"", "\"1\"", "[\"SERVICE\"]", "{}"),
					wrong("child.ageYears", "12.9", "12.0", "1e3", "\"12\"", "true", "\"twelve\"", "99999999999", "[]"),
					wrong("child.siblings", "null", "1.5", "\"2\"", "false"),
					wrong("send", "1", "0", "\"true\"", "\"yes\"", "[]"),
					wrong("summary", "5", "1.5", "true", "[\"x\"]", "{}"),
					wrong("recordedAt", "\"+999999999-01-01T00:00:00Z\"", "\"1899-12-31T23:59:59Z\"",
							"\"2100-01-01T00:00:00Z\"", "1764547200", "\"2026-02-30T00:00:00Z\"", "true"),
					wrong("startDate", "\"+999999999-01-01\"", "\"1899-12-31\"", "\"2100-01-01\"", "20261101",
							"\"2026-13-01\""),
					wrong("stipend", "\"12.50\"", "true"),
					wrong("kinds", "[1]", "[\"transfer\"]", "[\"SERVICE \"]", "\"SERVICE\""))
			.flatMap(Stream::of);
	}

	@ParameterizedTest(name = "{0}: {1} is refused")
	@MethodSource("wrongValues")
	void shouldRefuseAValueOfAnotherShapeNamingTheField(String field, String value) {
		assertThatThrownBy(() -> JSON.readValue(body(field, value), Request.class))
			.isInstanceOfSatisfying(JacksonException.class, ex -> assertThat(path(ex)).startsWith(field));
	}

	@Test
	void shouldReadAWellFormedBodyAsSent() {
		Request request = JSON.readValue(
				"""
						{"kind": "TRANSFER", "child": {"ageYears": 12, "siblings": 2}, "send": true, "summary": "text",
						 "recordedAt": "2026-11-01T08:00:00Z", "startDate": "2027-01-04", "stipend": 12.5, "kinds": ["SERVICE"]}""",
				Request.class);

		assertThat(request)
			.isEqualTo(new Request(Kind.TRANSFER, new Child(12, 2), true, "text", Instant.parse("2026-11-01T08:00:00Z"),
					LocalDate.of(2027, 1, 4), new BigDecimal("12.5"), List.of(Kind.SERVICE)));
	}

	@Test
	void shouldRefuseAFieldGivenTwiceAndAnythingAfterTheDocument() {
		assertThatThrownBy(() -> JSON.readValue("{\"kind\": \"SERVICE\", \"kind\": \"TRANSFER\"}", Request.class))
			.isInstanceOf(JacksonException.class);
		assertThatThrownBy(() -> JSON.readValue("{\"kind\": \"SERVICE\"} {}", Request.class))
			.isInstanceOf(JacksonException.class);
	}

	private static Arguments[] wrong(String field, String... values) {
		return Stream.of(values).map(value -> Arguments.of(field, value)).toArray(Arguments[]::new);
	}

	/** {"child": {"ageYears": 12.9}} for the field child.ageYears. */
	private static String body(String field, String value) {
		String[] names = field.split("\\.");
		String json = value;
		for (int i = names.length - 1; i >= 0; i--) {
			boolean besideSiblings = i == 1 && !names[i].equals("siblings");
			json = "{\"" + names[i] + "\": " + json + (besideSiblings ? ", \"siblings\": 1" : "") + "}";
		}
		return json;
	}

	private static String path(JacksonException ex) {
		return String.join(".",
				ex.getPath()
					.stream()
					.map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
					.toList());
	}

	private static JsonMapper strict() {
		JsonMapper.Builder builder = JsonMapper.builder();
		new StrictJson().customize(builder);
		return builder.build();
	}

}
