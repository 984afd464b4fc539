package org.partnernetwork.support.input;

import java.time.temporal.TemporalAccessor;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * A date or time in a body is an ISO-8601 string (not a number of seconds) of a
 * {@link PlausibleDates plausible} year; anything else is a 400 naming the field.
 */
final class PlausibleDateDeserializer extends ValueDeserializer<Object> {

	private final ValueDeserializer<?> delegate;

	private final Class<?> type;

	PlausibleDateDeserializer(ValueDeserializer<?> delegate, Class<?> type) {
		this.delegate = delegate;
		this.type = type;
	}

	@Override
	public Object deserialize(JsonParser parser, DeserializationContext context) {
		if (!parser.hasToken(JsonToken.VALUE_STRING)) {
			return context.handleUnexpectedToken(type, parser);
		}
		String text = parser.getString();
		Object value = delegate.deserialize(parser, context);
		if (value instanceof TemporalAccessor temporal && !PlausibleDates.isPlausible(temporal)) {
			return context.handleWeirdStringValue(type, text, PlausibleDates.RULE);
		}
		return value;
	}

	@Override
	public ValueDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
		ValueDeserializer<?> contextual = delegate.createContextual(context, property);
		return contextual == delegate ? this : new PlausibleDateDeserializer(contextual, type);
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
