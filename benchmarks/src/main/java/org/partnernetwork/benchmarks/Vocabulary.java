package org.partnernetwork.benchmarks;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The words the generated directory is made of, with weights that give a believable
 * spread: many services in Phnom Penh and the border provinces, few in the north-east;
 * counselling and case management common, law enforcement rare.
 */
final class Vocabulary {

	record Weighted<T>(T value, int weight) {
	}

	/** A province by its ISO 3166-2 code, with its English and Khmer names. */
	record Province(String code, String nameEn, String nameKm) {
	}

	/**
	 * A service type code with its Khmer label and the English words its descriptions
	 * use.
	 */
	record ServiceType(String code, String labelEn, String labelKm, String wordsEn) {
	}

	static final List<Weighted<Province>> PROVINCES = List.of(
			w(new Province("KH-1", "Banteay Meanchey", "បន្ទាយមានជ័យ"), 6),
			w(new Province("KH-2", "Battambang", "បាត់ដំបង"), 8),
			w(new Province("KH-3", "Kampong Cham", "កំពង់ចាម"), 5),
			w(new Province("KH-4", "Kampong Chhnang", "កំពង់ឆ្នាំង"), 3),
			w(new Province("KH-5", "Kampong Speu", "កំពង់ស្ពឺ"), 3),
			w(new Province("KH-6", "Kampong Thom", "កំពង់ធំ"), 3), w(new Province("KH-7", "Kampot", "កំពត"), 3),
			w(new Province("KH-8", "Kandal", "កណ្តាល"), 7), w(new Province("KH-9", "Koh Kong", "កោះកុង"), 2),
			w(new Province("KH-10", "Kratie", "ក្រចេះ"), 2), w(new Province("KH-11", "Mondulkiri", "មណ្ឌលគិរី"), 1),
			w(new Province("KH-12", "Phnom Penh", "ភ្នំពេញ"), 20),
			w(new Province("KH-13", "Preah Vihear", "ព្រះវិហារ"), 1),
			w(new Province("KH-14", "Prey Veng", "ព្រៃវែង"), 4), w(new Province("KH-15", "Pursat", "ពោធិ៍សាត់"), 3),
			w(new Province("KH-16", "Ratanakiri", "រតនគិរី"), 1), w(new Province("KH-17", "Siem Reap", "សៀមរាប"), 8),
			w(new Province("KH-18", "Preah Sihanouk", "ព្រះសីហនុ"), 5),
			w(new Province("KH-19", "Stung Treng", "ស្ទឹងត្រែង"), 1),
			w(new Province("KH-20", "Svay Rieng", "ស្វាយរៀង"), 4), w(new Province("KH-21", "Takeo", "តាកែវ"), 4),
			w(new Province("KH-22", "Oddar Meanchey", "ឧត្តរមានជ័យ"), 2), w(new Province("KH-23", "Kep", "កែប"), 1),
			w(new Province("KH-24", "Pailin", "ប៉ៃលិន"), 1), w(new Province("KH-25", "Tbong Khmum", "ត្បូងឃ្មុំ"), 2));

	static final List<Weighted<ServiceType>> SERVICE_TYPES = List.of(
			w(new ServiceType("legal-aid", "Legal aid", "ជំនួយផ្លូវច្បាប់",
					"Lawyers give free legal advice and represent children in criminal and civil cases."), 5),
			w(new ServiceType("court-support", "Court support", "ការគាំទ្រនៅតុលាការ",
					"Prepares child witnesses for court and accompanies them to hearings."), 3),
			w(new ServiceType("psychosocial-counselling", "Psychosocial counselling", "ការប្រឹក្សាផ្លូវចិត្តសង្គម",
					"Trained counsellors offer individual and group counselling for trauma and grief."), 14),
			w(new ServiceType("case-management", "Case management", "ការគ្រប់គ្រងករណី",
					"Social workers assess needs, plan care and follow each case until it is closed."), 12),
			w(new ServiceType("shelter", "Shelter", "ទីជម្រក",
					"Safe residential care with meals, supervision and a place at school."), 6),
			w(new ServiceType("medical-care", "Medical care", "ការថែទាំសុខភាព",
					"Nurses and doctors provide medical examinations, treatment and referrals to hospital."), 6),
			w(new ServiceType("family-reintegration", "Family reintegration", "ការធ្វើសមាហរណកម្មក្នុងគ្រួសារ",
					"Prepares families and children for return home and visits them after reintegration."), 7),
			w(new ServiceType("welfare-support", "Welfare support", "ការគាំទ្រសុខុមាលភាព",
					"Emergency cash, food and household items for families in crisis."), 9),
			w(new ServiceType("education-support", "Education support", "ការគាំទ្រការអប់រំ",
					"School materials, tutoring and scholarships so children stay in school."), 10),
			w(new ServiceType("vocational-training", "Vocational training", "បណ្តុះបណ្តាលវិជ្ជាជីវៈ",
					"Vocational courses in sewing, hairdressing, motorbike repair and cooking, with a certificate."),
					8),
			w(new ServiceType("employment-support", "Employment support", "ការគាំទ្រការងារ",
					"Job counselling, apprenticeships and help finding safe employment."), 5),
			w(new ServiceType("prevention-awareness", "Prevention and awareness", "ការបង្ការ និងការលើកកម្ពស់ការយល់ដឹង",
					"Community awareness sessions on trafficking, online exploitation and safe migration."), 9),
			w(new ServiceType("hotline-reporting", "Hotline and reporting", "ខ្សែទូរស័ព្ទបន្ទាន់ និងការរាយការណ៍",
					"A free hotline answers calls day and night and reports abuse to the authorities."), 3),
			w(new ServiceType("law-enforcement", "Law enforcement", "ការអនុវត្តច្បាប់",
					"Police investigate abuse and trafficking cases and rescue victims."), 3));

	static final List<String> ORGANISATION_WORDS_EN = List.of("Hope", "Bright Future", "Safe Haven", "Mekong", "Angkor",
			"Sunrise", "Lotus", "Children's", "Youth", "Family", "Community", "Friends", "New Life", "Helping Hands",
			"Golden Rice", "Harmony", "Little Stars", "Open Arms", "Rising", "Tonle Sap");

	static final List<String> ORGANISATION_KINDS_EN = List.of("Foundation", "Association", "Centre", "Organisation",
			"Network", "Project", "Initiative", "Trust", "Alliance", "Collective");

	static final List<String> ORGANISATION_WORDS_KM = List.of("ក្តីសង្ឃឹម", "អនាគតភ្លឺស្វាង", "ជម្រកសុវត្ថិភាព",
			"មេគង្គ", "អង្គរ", "ព្រះអាទិត្យរះ", "ផ្កាឈូក", "កុមារ", "យុវជន", "គ្រួសារ", "សហគមន៍", "មិត្តភាព",
			"ជីវិតថ្មី", "ដៃជួយ", "ស្រូវមាស", "សុខដុម", "ផ្កាយតូច", "ដៃបើកចំហ", "ការរីកចម្រើន", "ទន្លេសាប");

	static final List<String> ORGANISATION_KINDS_KM = List.of("មូលនិធិ", "សមាគម", "មជ្ឈមណ្ឌល", "អង្គការ", "បណ្តាញ",
			"គម្រោង", "គំនិតផ្តួចផ្តើម", "ទីភ្នាក់ងារ", "សម្ព័ន្ធ", "ក្រុម");

	static final List<String> AUDIENCES_EN = List.of("for children", "for girls", "for boys", "for young people",
			"for families", "for child survivors", "for migrant children", "for children with disabilities");

	static final List<String> AUDIENCES_KM = List.of("សម្រាប់កុមារ", "សម្រាប់ក្មេងស្រី", "សម្រាប់ក្មេងប្រុស",
			"សម្រាប់យុវជន", "សម្រាប់គ្រួសារ", "សម្រាប់កុមាររងគ្រោះ", "សម្រាប់កុមារចំណាកស្រុក", "សម្រាប់កុមារពិការ");

	static final List<String> SENTENCES_EN = List.of("Services are free of charge and confidential.",
			"We work with commune councils, schools and the provincial Department of Social Affairs.",
			"Children affected by trafficking, sexual abuse or online exploitation are a priority.",
			"Staff speak Khmer and can arrange an interpreter.",
			"Mobile teams visit villages that are far from the provincial town.",
			"Referrals are accepted from partner organisations and from the police.",
			"Girls and boys are cared for by separate teams.", "Migrant children returning from Thailand are welcome.",
			"Children with disabilities are supported with adapted activities.",
			"Parents and caregivers take part in weekly sessions.");

	static final List<String> SENTENCES_KM = List.of("សេវានេះផ្តល់ជូនដោយឥតគិតថ្លៃ និងរក្សាការសម្ងាត់។",
			"យើងធ្វើការជាមួយក្រុមប្រឹក្សាឃុំ សាលារៀន និងមន្ទីរសង្គមកិច្ចខេត្ត។",
			"កុមាររងគ្រោះពីការជួញដូរមនុស្ស ការរំលោភបំពានផ្លូវភេទ ឬការកេងប្រវ័ញ្ចតាមអនឡាញ ត្រូវបានផ្តល់អាទិភាព។",
			"បុគ្គលិកសង្គមកិច្ចដែលបានបណ្តុះបណ្តាលធ្វើការជាមួយកុមារ និងគ្រួសារ។",
			"ក្រុមចល័តចុះទៅភូមិដែលនៅឆ្ងាយពីទីរួមខេត្ត។", "យើងទទួលការបញ្ជូនករណីពីអង្គការដៃគូ និងពីនគរបាល។",
			"កុមារចំណាកស្រុកដែលត្រឡប់មកពីប្រទេសថៃ ត្រូវបានស្វាគមន៍។", "ឪពុកម្តាយ និងអ្នកថែទាំចូលរួមវគ្គប្រចាំសប្តាហ៍។");

	/**
	 * Words the English free-text scenario searches for; all occur in the generated text.
	 */
	static final List<String> SEARCH_TERMS_EN = List.of("counselling", "trafficking", "lawyers", "school", "hotline",
			"reintegration", "vocational", "migrant", "disabilities", "hospital", "apprenticeships", "interpreter");

	/**
	 * Khmer has no spaces between words; these are substrings of the generated Khmer
	 * text.
	 */
	static final List<String> SEARCH_TERMS_KM = List.of("ប្រឹក្សា", "ជួញដូរ", "វិជ្ជាជីវៈ", "ទីជម្រក", "ផ្លូវច្បាប់",
			"សង្គមកិច្ច", "ចំណាកស្រុក", "ការអប់រំ");

	private Vocabulary() {
	}

	static <T> T pick(RandomGenerator random, List<Weighted<T>> choices) {
		int total = choices.stream().mapToInt(Weighted::weight).sum();
		int roll = random.nextInt(total);
		for (Weighted<T> choice : choices) {
			roll -= choice.weight();
			if (roll < 0) {
				return choice.value();
			}
		}
		throw new IllegalStateException("weights changed while picking");
	}

	static <T> T any(RandomGenerator random, List<T> choices) {
		return choices.get(random.nextInt(choices.size()));
	}

	private static <T> Weighted<T> w(T value, int weight) {
		return new Weighted<>(value, weight);
	}

}
