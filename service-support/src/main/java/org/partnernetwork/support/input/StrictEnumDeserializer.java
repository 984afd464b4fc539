package org.partnernetwork.support.input;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * A choice accepts only its codes, spelt exactly: {@code "SERVICE"}, never {@code 1},
 * {@code "1"}, {@code "service"} or {@code "SERVICE "} (Jackson on its own takes an
 * enum's index and trims the text). A partner system's bug becomes a 400 naming the
 * field, never a different handover.
 */
final class StrictEnumDeserializer extends ValueDeserializer<Object> {

	private final ValueDeserializer<?> delegate;

	private final Class<?> type;

	private final Set<String> codes;

	StrictEnumDeserializer(ValueDeserializer<?> delegate, Class<?> type) {
		this(delegate, type,
				Arrays.stream(type.getEnumConstants())
					.map(constant -> ((Enum<?>) constant).name())
					.collect(Collectors.toUnmodifiableSet()));
	}

	private StrictEnumDeserializer(ValueDeserializer<?> delegate, Class<?> type, Set<String> codes) {
		this.delegate = delegate;
		this.type = type;
		this.codes = codes;
	}

	@Override
	public Object deserialize(JsonParser parser, DeserializationContext context) {
		if (!parser.hasToken(JsonToken.VALUE_STRING)) {
			return context.handleUnexpectedToken(type, parser);
		}
		String text = parser.getString();
		if (!codes.contains(text)) {
			return context.handleWeirdStringValue(type, text, "not one of the codes");
		}
		return delegate.deserialize(parser, context);
	}

	@Override
	public ValueDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
		ValueDeserializer<?> contextual = delegate.createContextual(context, property);
		return contextual == delegate ? this : new StrictEnumDeserializer(contextual, type, codes);
	}

	@Override
	public void resolve(DeserializationContext context) {
		delegate.resolve(context);
	}

	@Override
	public Class<?> handledType() {
		return type;
	}

}
