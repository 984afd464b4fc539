package org.partnernetwork.organisation.hsds;

import java.util.Map;

/** The English names of Cambodia's provinces and its capital, by ISO 3166-2 code. */
final class HsdsProvinces {

	private static final Map<String, String> NAMES = Map.ofEntries(Map.entry("KH-1", "Banteay Meanchey"),
			Map.entry("KH-2", "Battambang"), Map.entry("KH-3", "Kampong Cham"), Map.entry("KH-4", "Kampong Chhnang"),
			Map.entry("KH-5", "Kampong Speu"), Map.entry("KH-6", "Kampong Thom"), Map.entry("KH-7", "Kampot"),
			Map.entry("KH-8", "Kandal"), Map.entry("KH-9", "Koh Kong"), Map.entry("KH-10", "Kratie"),
			Map.entry("KH-11", "Mondulkiri"), Map.entry("KH-12", "Phnom Penh"), Map.entry("KH-13", "Preah Vihear"),
			Map.entry("KH-14", "Prey Veng"), Map.entry("KH-15", "Pursat"), Map.entry("KH-16", "Ratanakiri"),
			Map.entry("KH-17", "Siem Reap"), Map.entry("KH-18", "Preah Sihanouk"), Map.entry("KH-19", "Stung Treng"),
			Map.entry("KH-20", "Svay Rieng"), Map.entry("KH-21", "Takeo"), Map.entry("KH-22", "Oddar Meanchey"),
			Map.entry("KH-23", "Kep"), Map.entry("KH-24", "Pailin"), Map.entry("KH-25", "Tbong Khmum"));

	private HsdsProvinces() {
	}

	/** The province's name, or its code where the code is not one of the 25. */
	static String name(String code) {
		return NAMES.getOrDefault(code, code);
	}

}
