package org.urbansdg.search;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.urbansdg.search.Misspellings.Word;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules both spell checks share, apart from any index. */
class MisspellingsTests {

	static final Map<String, String> INDEX = Map.of("reedbads", "reedbeds", "purfy", "purify", "cta", "cat",
			"정기권", "정기", "ab12", "abcd");

	static Optional<String> lookUp(String term) {
		return Optional.ofNullable(INDEX.get(term));
	}

	@Test
	void correctionsReplaceTheWordsWhereTheyWereTypedAndKeepTheRest() {
		String text = "Reedbads, and PURFY!";
		List<Word> words = List.of(new Word("reedbads", 0, 8), new Word("and", 10, 13), new Word("purfy", 14, 19));
		assertThat(Misspellings.replace(text, words, MisspellingsTests::lookUp)).contains("reedbeds, and purify!");
	}

	@Test
	void nothingToCorrectAnswersEmpty() {
		assertThat(Misspellings.replace("reedbeds", List.of(new Word("reedbeds", 0, 8)), MisspellingsTests::lookUp))
			.isEmpty();
		assertThat(Misspellings.replace("", List.of(), MisspellingsTests::lookUp)).isEmpty();
	}

	@Test
	void shortWordsWordsWithDigitsAndWordsOfScriptsWithoutSpacesAreLeftAlone() {
		assertThat(Misspellings.correctable("cta")).isFalse();
		assertThat(Misspellings.correctable("ab12")).isFalse();
		assertThat(Misspellings.correctable("정기권")).isFalse();
		assertThat(Misspellings.correctable("東京都庁")).isFalse();
		assertThat(Misspellings.correctable("กรุงเทพ")).isFalse();
		assertThat(Misspellings.correctable("straße")).isTrue();
		assertThat(Misspellings.correctable("улица")).isTrue();
		String text = "cta ab12 정기권";
		List<Word> words = List.of(new Word("cta", 0, 3), new Word("ab12", 4, 8), new Word("정기권", 9, 12));
		assertThat(Misspellings.replace(text, words, MisspellingsTests::lookUp)).isEmpty();
	}

	@Test
	void aWordOverlappingOneAlreadyReplacedIsSkipped() {
		List<Word> words = List.of(new Word("reedbads", 0, 8), new Word("reedbads", 0, 8), new Word("purfy", 9, 14));
		assertThat(Misspellings.replace("reedbads purfy", words, MisspellingsTests::lookUp))
			.contains("reedbeds purify");
	}
}
