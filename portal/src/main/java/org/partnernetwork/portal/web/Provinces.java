package org.partnernetwork.portal.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Cambodia's 25 provinces by ISO 3166-2:KH code, in English and Khmer. */
public final class Provinces {

	public record Province(String code, Text name) {
	}

	static final List<Province> ALL = List.of(province("KH-1", "Banteay Meanchey", "បន្ទាយមានជ័យ"),
			province("KH-2", "Battambang", "បាត់ដំបង"), province("KH-3", "Kampong Cham", "កំពង់ចាម"),
			province("KH-4", "Kampong Chhnang", "កំពង់ឆ្នាំង"), province("KH-5", "Kampong Speu", "កំពង់ស្ពឺ"),
			province("KH-6", "Kampong Thom", "កំពង់ធំ"), province("KH-7", "Kampot", "កំពត"),
			province("KH-8", "Kandal", "កណ្តាល"), province("KH-9", "Koh Kong", "កោះកុង"),
			province("KH-10", "Kratie", "ក្រចេះ"), province("KH-11", "Mondulkiri", "មណ្ឌលគិរី"),
			province("KH-12", "Phnom Penh", "ភ្នំពេញ"), province("KH-13", "Preah Vihear", "ព្រះវិហារ"),
			province("KH-14", "Prey Veng", "ព្រៃវែង"), province("KH-15", "Pursat", "ពោធិ៍សាត់"),
			province("KH-16", "Ratanakiri", "រតនគិរី"), province("KH-17", "Siem Reap", "សៀមរាប"),
			province("KH-18", "Preah Sihanouk", "ព្រះសីហនុ"), province("KH-19", "Stung Treng", "ស្ទឹងត្រែង"),
			province("KH-20", "Svay Rieng", "ស្វាយរៀង"), province("KH-21", "Takeo", "តាកែវ"),
			province("KH-22", "Oddar Meanchey", "ឧត្តរមានជ័យ"), province("KH-23", "Kep", "កែប"),
			province("KH-24", "Pailin", "ប៉ៃលិន"), province("KH-25", "Tbong Khmum", "ត្បូងឃ្មុំ"));

	private static final Map<String, Text> NAMES = ALL.stream()
		.collect(Collectors.toMap(Province::code, Province::name));

	private Provinces() {
	}

	/** All 25, in code order. */
	public static List<Province> all() {
		return ALL;
	}

	public static boolean exists(String code) {
		return NAMES.containsKey(code);
	}

	/** A province's name in the page's language; an unknown code as it is. */
	public static Function<String, String> namesIn(Locale locale) {
		return code -> NAMES.containsKey(code) ? NAMES.get(code).in(locale) : code;
	}

	private static Province province(String code, String english, String khmer) {
		return new Province(code, new Text(english, khmer));
	}

}
