package org.partnernetwork.portal.training;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;


import org.partnernetwork.portal.web.Names;
import org.partnernetwork.portal.web.Provinces;
import org.partnernetwork.portal.web.Text;

/**
 * What training's templates need to write codes and days as a person reads them, in the page's language
 * ({@code names} in the templates): titles (Khmer, or English where there is none), provinces, trades' codes
 * for the lists, and days in Phnom Penh. Trades' and statuses' names are in {@code portal/training*.properties}.
 */
public final class TrainingNames {

	/** The trades the forms offer, as vocational-service's codes; any other code an opening has is still shown. */
	static final List<String> TRADES = List.of("motorbike-mechanics", "car-mechanics", "electrical-wiring", "welding",
			"construction", "tailoring", "hairdressing", "beauty", "cooking", "hospitality", "agriculture",
			"computer-skills");

	static final String TRADE = "[a-z][a-z-]{1,38}[a-z]";

	private static final ZoneId CAMBODIA = ZoneId.of("Asia/Phnom_Penh");

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG);

	private final Locale locale;

	private final Function<String, String> provinces;

	private final Names directory;

	TrainingNames(Locale locale) {
		this(locale, null);
	}

	/** With the directory's names, so pages name centres and organisations rather than show their slugs. */
	TrainingNames(Locale locale, Names directory) {
		this.locale = locale;
		this.provinces = Provinces.namesIn(locale);
		this.directory = directory;
	}

	/** An organisation by its slug, as the directory names it in the page's language; the slug where unknown. */
	public String organisation(String slug) {
		return directory == null ? slug : directory.organisation(slug);
	}

	public String text(Text text) {
		return text == null ? "" : text.in(locale);
	}

	public String province(String code) {
		return provinces.apply(code);
	}

	public List<Provinces.Province> allProvinces() {
		return Provinces.all();
	}

	/** The trades for a list, with this one first if the portal does not know it (an opening keeps its trade). */
	public List<String> trades(String current) {
		if (current == null || current.isBlank() || TRADES.contains(current) || !current.matches(TRADE)) {
			return TRADES;
		}
		return Stream.concat(Stream.of(current), TRADES.stream()).toList();
	}

	/** A day, written the British way in English ("1 December 2026"). */
	public String date(LocalDate day) {
		Locale dates = Locale.ENGLISH.equals(locale) ? Locale.UK : locale;
		return day == null ? "" : DATE.withLocale(dates).format(day);
	}

	/** The day of a moment, in Phnom Penh. */
	public String day(Instant instant) {
		return instant == null ? "" : date(instant.atZone(CAMBODIA).toLocalDate());
	}

	static LocalDate today() {
		return LocalDate.now(CAMBODIA);
	}

	/** An id from a URL, or nothing: a malformed one is never sent to a service. */
	static Optional<UUID> uuid(String id) {
		try {
			return id != null && id.length() == 36 ? Optional.of(UUID.fromString(id)) : Optional.empty();
		}
		catch (IllegalArgumentException notAnId) {
			return Optional.empty();
		}
	}

	/** Khmer digits (០–៩) typed on a Khmer keyboard count as digits. */
	static String westernDigits(String text) {
		if (text == null) {
			return null;
		}
		StringBuilder digits = new StringBuilder(text.length());
		text.strip().codePoints().map(c -> c >= 0x17E0 && c <= 0x17E9 ? '0' + c - 0x17E0 : c).forEach(digits::appendCodePoint);
		return digits.toString();
	}
}
