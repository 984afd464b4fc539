package org.partnernetwork.organisation.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KhmerTrigramsTest {

	private static final String TEXT = "វគ្គជួសជុលម៉ូតូ កាត់ដេរ និងបដិសណ្ឋារកិច្ច ដោយមានវិញ្ញាបនបត្រ។";

	@ParameterizedTest(name = "\"{0}\" is found in the text it is part of")
	@CsvSource({ "ម៉ូតូ", "ជួសជុល", "កាត់ដេរ និង", "វិញ្ញាបនបត្រ។", "គ្គជ" })
	void shouldFindEverySearchThatIsPartOfTheText(String search) {
		assertThat(words(KhmerTrigrams.words(TEXT))).containsAll(required(search));
	}

	@Test
	void shouldNotFindASearchThatIsNotPartOfTheText() {
		assertThat(words(KhmerTrigrams.words(TEXT))).doesNotContainAnyElementsOf(required("ការប្រឹក្សា"));
	}

	@Test
	void shouldTreatSignsTheDatabaseTakesAsEqualAsEqual() {
		// MariaDB's utf8mb4_unicode_ci: ម៉ូតូ LIKE ម៊ូតូ (the two signs have no weight);
		// ១ LIKE ៱
		assertThat(KhmerTrigrams.booleanQuery("ម៊ូតូ")).isEqualTo(KhmerTrigrams.booleanQuery("ម៉ូតូ"));
		assertThat(KhmerTrigrams.booleanQuery("លេខ១២")).isEqualTo(KhmerTrigrams.booleanQuery("លេខ៱៲"));
		assertThat(KhmerTrigrams.booleanQuery("ម៉ូតូ")).isNotEqualTo(KhmerTrigrams.booleanQuery("មូតូក"));
	}

	@Test
	void shouldLeaveSearchesWithoutThreeKhmerCharactersInARowToTheFullComparison() {
		assertThat(KhmerTrigrams.booleanQuery("កខ")).isNull();
		assertThat(KhmerTrigrams.booleanQuery("ក ខ គ")).isNull();
		assertThat(KhmerTrigrams.words("APLE Cambodia", null)).isEmpty();
	}

	@Test
	void shouldLookUpAtMostAFewTrigramsSpreadOverALongSearch() {
		List<String> looked = required("ការប្រឹក្សាផ្លូវចិត្តសង្គមសម្រាប់កុមារ");

		assertThat(looked).hasSize(KhmerTrigrams.MOST_PER_SEARCH).first().isEqualTo(KhmerTrigrams.words("ការ"));
		assertThat(looked).last().isEqualTo(KhmerTrigrams.words("មារ"));
	}

	private static List<String> required(String search) {
		return words(KhmerTrigrams.booleanQuery(search).replace("+", ""));
	}

	private static List<String> words(String words) {
		return Arrays.asList(words.split(" "));
	}

}
