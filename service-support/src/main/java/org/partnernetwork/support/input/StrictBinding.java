package org.partnernetwork.support.input;

import java.beans.PropertyEditorSupport;
import java.util.function.Function;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * The editors every parameter binding uses before anything else. Spring falls back to its
 * lenient defaults when a converter refuses a value (a whole number in hex, {@code 0x10};
 * a choice with spaces around it, trimmed; {@code yes} for {@code true}), so
 * {@link StrictParameters}' converters alone would not hold: these editors refuse such
 * values themselves, and the parameter is a 400 naming it.
 */
@ControllerAdvice
final class StrictBinding {

	@InitBinder
	void readParametersAsWritten(WebDataBinder binder) {
		binder.registerCustomEditor(int.class, new Editor(Integer::valueOf, false));
		binder.registerCustomEditor(Integer.class, new Editor(Integer::valueOf, true));
		binder.registerCustomEditor(long.class, new Editor(Long::valueOf, false));
		binder.registerCustomEditor(Long.class, new Editor(Long::valueOf, true));
		binder.registerCustomEditor(boolean.class, new Editor(StrictBinding::flag, false));
		binder.registerCustomEditor(Boolean.class, new Editor(StrictBinding::flag, true));
		// a code is taken as written; Spring then finds the constant by its exact name
		binder.registerCustomEditor(Enum.class, new Editor(StrictBinding::untrimmed, true));
	}

	/**
	 * {@code true} or {@code false}; Spring on its own also takes {@code 1}, {@code yes}
	 * and {@code on}.
	 */
	private static Boolean flag(String text) {
		return switch (text) {
			case "true" -> Boolean.TRUE;
			case "false" -> Boolean.FALSE;
			default -> throw new IllegalArgumentException("not true or false");
		};
	}

	private static String untrimmed(String text) {
		if (!text.equals(text.strip())) {
			throw new IllegalArgumentException("a code with spaces around it");
		}
		return text;
	}

	/**
	 * Reads a text with a parse that refuses what is not exactly of its form; empty is
	 * absent where allowed.
	 */
	private static final class Editor extends PropertyEditorSupport {

		private final Function<String, Object> parse;

		private final boolean emptyIsAbsent;

		Editor(Function<String, Object> parse, boolean emptyIsAbsent) {
			this.parse = parse;
			this.emptyIsAbsent = emptyIsAbsent;
		}

		@Override
		public void setAsText(String text) {
			setValue(emptyIsAbsent && (text == null || text.isEmpty()) ? null : parse.apply(text));
		}

	}

}
