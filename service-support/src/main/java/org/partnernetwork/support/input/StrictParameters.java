package org.partnernetwork.support.input;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAccessor;

import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.converter.ConverterFactory;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Query parameters are read as strictly as bodies: a choice ({@code ?status=ACCEPTED})
 * only by its exact code (Spring on its own trims it), also in a list, a date or time
 * only in ISO-8601 and of a {@link PlausibleDates plausible} year. A wrong value is a 400
 * naming the parameter; an empty one means "not given". Whole numbers and single codes
 * are held to their form by {@link StrictBinding}.
 */
final class StrictParameters implements WebMvcConfigurer {

	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addConverterFactory(new ExactEnums());
		if (registry instanceof ConversionService conversions) {
			registry.addConverter(new CommaSeparated(conversions));
		}
		registry.addConverter(String.class, Instant.class, plausible(Instant::parse));
		registry.addConverter(String.class, OffsetDateTime.class, plausible(OffsetDateTime::parse));
		registry.addConverter(String.class, LocalDate.class, plausible(LocalDate::parse));
	}

	private static <T extends TemporalAccessor> Converter<String, T> plausible(Converter<String, T> parse) {
		return text -> {
			if (text.isEmpty()) {
				return null;
			}
			T value = parse.convert(text);
			if (value == null || !PlausibleDates.isPlausible(value)) {
				throw new IllegalArgumentException(PlausibleDates.RULE);
			}
			return value;
		};
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static final class ExactEnums implements ConverterFactory<String, Enum> {

		@Override
		public <T extends Enum> Converter<String, T> getConverter(Class<T> type) {
			return text -> text.isEmpty() ? null : (T) Enum.valueOf(type, text);
		}

	}

}
