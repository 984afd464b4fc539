package org.partnernetwork.portal.training;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.partnernetwork.portal.web.Names;
import org.partnernetwork.portal.web.Provinces;
import org.partnernetwork.portal.web.Text;

/**
 * What training's templates need to write codes and days as a person reads them, in the
 * page's language ({@code names} in the templates): titles (Khmer, or English where there
 * is none), provinces, trades' codes for the lists, and days in Phnom Penh. Trades' and
 * statuses' names are in {@code portal/training*.properties}.
 */
public final class TrainingNames {

	/**
	 * The trades the forms offer, as vocational-service's codes; any other code an
	 * opening has is still shown.
	 */
	static final List<String> TRADES = List.of("motorbike-mechanics", "car-mechanics", "electrical-wiring", "welding",
			"construction", "tailoring", "hairdressing", "beauty", "cooking", "hospitality", "agriculture",
			"computer-skills");

	static final String TRADE = "[a-z][a-z-]{1,38}[a-z]";

	private static final ZoneId CAMBODIA = ZoneId.of("Asia/Phnom_Penh");

	private final Names names;

	TrainingNames(Locale locale) {
		this(new Names(locale, List.of()));
	}

	/**
	 * With the directory's names, so pages name centres and organisations rather than
	 * show their slugs.
	 */
	TrainingNames(Names directory) {
		this.names = directory;
	}

	/**
	 * An organisation by its slug, as the directory names it in the page's language; the
	 * slug where unknown.
	 */
	public String organisation(String slug) {
		return names.organisation(slug);
	}

	public String text(Text text) {
		return names.text(text);
	}

	public String province(String code) {
		return names.province(code);
	}

	public List<Provinces.Province> allProvinces() {
		return names.allProvinces();
	}

	/**
	 * The trades for a list, with this one first if the portal does not know it (an
	 * opening keeps its trade).
	 */
	public List<String> trades(String current) {
		if (current == null || current.isBlank() || TRADES.contains(current) || !current.matches(TRADE)) {
			return TRADES;
		}
		return Stream.concat(Stream.of(current), TRADES.stream()).toList();
	}

	/** A day, written the British way in English ("1 December 2026"). */
	public String date(LocalDate day) {
		return names.date(day);
	}

	/** The day of a moment, in Phnom Penh. */
	public String day(Instant instant) {
		return names.date(instant);
	}

	static LocalDate today() {
		return LocalDate.now(CAMBODIA);
	}

}
