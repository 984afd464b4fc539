package org.partnernetwork.portal.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Codes as a person reads them, in the page's language: service types (from the
 * directory), provinces, organisations by their slugs, languages, days, and any text held
 * in both languages. Templates use it as {@code names}.
 */
public final class Names {

	/**
	 * A service type's code and its name in English and Khmer, as the directory lists
	 * them.
	 */
	public record ServiceType(String code, Text label) {
	}

	private static final ZoneId CAMBODIA = ZoneId.of("Asia/Phnom_Penh");

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private final Locale locale;

	private final Map<String, Text> serviceTypes;

	private final Function<String, String> provinces;

	private final Map<String, Text> organisations;

	public Names(Locale locale, List<ServiceType> serviceTypes) {
		this(locale, serviceTypes, Map.of());
	}

	public Names(Locale locale, List<ServiceType> serviceTypes, Map<String, Text> organisations) {
		this.locale = locale;
		this.serviceTypes = serviceTypes.stream().collect(Collectors.toMap(ServiceType::code, ServiceType::label));
		this.provinces = Provinces.namesIn(locale);
		this.organisations = Map.copyOf(organisations);
	}

	public String text(Text text) {
		return text == null ? "" : text.in(locale);
	}

	public String serviceType(String code) {
		Text label = serviceTypes.get(code);
		return label == null ? code : label.in(locale);
	}

	/**
	 * An organisation by its directory slug, named in the page's language; the slug where
	 * its name is not known.
	 */
	public String organisation(String slug) {
		Text name = slug == null ? null : organisations.get(slug);
		return name == null ? slug : name.in(locale);
	}

	public String province(String code) {
		return provinces.apply(code);
	}

	public String provinces(List<String> codes) {
		return codes == null ? "" : codes.stream().map(provinces).collect(Collectors.joining(", "));
	}

	/**
	 * The organisations whose names are known, by slug, sorted by their name in the
	 * page's language, for a form's list.
	 */
	public List<String> organisationsByName() {
		return organisations.keySet().stream().sorted(Comparator.comparing(this::organisation)).toList();
	}

	/** Service types sorted by their name in the page's language, for the form's list. */
	public List<ServiceType> serviceTypes() {
		return serviceTypes.entrySet()
			.stream()
			.map(type -> new ServiceType(type.getKey(), type.getValue()))
			.sorted((a, b) -> a.label().in(locale).compareTo(b.label().in(locale)))
			.toList();
	}

	/**
	 * A language by its ISO 639 code, named in the page's language (the JDK knows Khmer
	 * names).
	 */
	public String language(String code) {
		String name = Locale.of(code).getDisplayLanguage(locale);
		return name.isBlank() || name.equals(code) ? code : name;
	}

	public String languages(List<String> codes) {
		return codes == null ? "" : codes.stream().map(this::language).collect(Collectors.joining(", "));
	}

	/** A day in Phnom Penh, written the British way in English ("1 November 2026"). */
	public String date(Instant instant) {
		return instant == null ? "" : date(instant.atZone(CAMBODIA).toLocalDate());
	}

	/** A day, written the British way in English ("1 December 2026"). */
	public String date(LocalDate day) {
		Locale dates = Locale.ENGLISH.equals(locale) ? Locale.UK : locale;
		return day == null ? "" : DATE.withLocale(dates).format(day);
	}

	/** A moment in Phnom Penh, day and time ("25 November 2026, 14:30"). */
	public String dateTime(Instant instant) {
		return instant == null ? "" : date(instant) + ", " + TIME.format(instant.atZone(CAMBODIA));
	}

	public List<Provinces.Province> allProvinces() {
		return Provinces.ALL;
	}

}
