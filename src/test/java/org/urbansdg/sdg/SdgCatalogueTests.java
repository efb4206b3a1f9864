package org.urbansdg.sdg;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.urbansdg.PlatformTest;

import static org.assertj.core.api.Assertions.assertThat;

@PlatformTest
class SdgCatalogueTests {

	// No test imports German, so it stands for a language without texts.
	private static final Locale UNTRANSLATED = Locale.GERMAN;

	@Autowired
	SdgCatalogue catalogue;

	@Test
	void hasTheSeventeenGoalsInOrderWithTheirOfficialColours() {
		assertThat(catalogue.goals()).hasSize(17);
		assertThat(catalogue.goals()).extracting(Goal::number).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12,
				13, 14, 15, 16, 17);
		assertThat(catalogue.goals()).extracting(Goal::colour).allMatch(colour -> colour.matches("#[0-9A-F]{6}"));
		assertThat(catalogue.goal(1)).map(Goal::colour).contains("#E5243B");
		assertThat(catalogue.goal(11)).map(Goal::colour).contains("#FD9D24");
		assertThat(catalogue.goal(17)).map(Goal::colour).contains("#19486A");
		assertThat(catalogue.goal(18)).isEmpty();
	}

	@Test
	void hasAll169Targets() {
		assertThat(catalogue.targets()).hasSize(169);
		assertThat(catalogue.targets().get(0).code()).isEqualTo("1.1");
		assertThat(catalogue.targets().get(168).code()).isEqualTo("17.19");
	}

	@Test
	void listsAGoalsTargetsNumberedFirstThenLettered() {
		assertThat(catalogue.targetsOf(11)).extracting(Target::code)
			.containsExactly("11.1", "11.2", "11.3", "11.4", "11.5", "11.6", "11.7", "11.a", "11.b", "11.c");
		assertThat(catalogue.targetsOf(11)).allMatch(target -> target.goalNumber() == 11);
		// Numeric, not textual, order: 17.10 comes after 17.9.
		assertThat(catalogue.targetsOf(17)).extracting(Target::code).startsWith("17.1", "17.2").contains("17.19")
			.containsSubsequence("17.9", "17.10");
	}

	@Test
	void listsATargetsIndicatorsInOrder() {
		assertThat(catalogue.indicatorsOf("11.3")).extracting(Indicator::code).containsExactly("11.3.1", "11.3.2");
		assertThat(catalogue.indicatorsOf("11.a")).extracting(Indicator::code).containsExactly("11.a.1");
		assertThat(catalogue.indicatorsOf("11.b")).extracting(Indicator::targetCode).containsOnly("11.b");
		assertThat(catalogue.indicatorsOf("99.9")).isEmpty();
	}

	@Test
	void findsATargetByCodeAndComparesTargetsByCode() {
		assertThat(catalogue.target("11.2")).map(Target::goalNumber).contains(11);
		assertThat(catalogue.target("11.z")).isEmpty();
		assertThat(catalogue.target("11.2")).isEqualTo(catalogue.target("11.2"));
		assertThat(catalogue.goal(3)).isEqualTo(catalogue.goal(3));
	}

	@Test
	void showsEnglishTextsInALanguageWithoutTexts() {
		assertThat(catalogue.goalShort(11, UNTRANSLATED)).isEqualTo("Sustainable cities and communities");
		assertThat(catalogue.goalTitle(11, UNTRANSLATED))
			.isEqualTo("Make cities and human settlements inclusive, safe, resilient and sustainable");
		assertThat(catalogue.targetText("11.2", UNTRANSLATED))
			.startsWith("By 2030, provide access to safe, affordable");
		assertThat(catalogue.indicatorText("11.2.1", UNTRANSLATED))
			.startsWith("Proportion of population that has convenient access to public transport");
		assertThat(catalogue.goalShort(11, null)).isEqualTo("Sustainable cities and communities");
	}

	@Test
	void showsTheShippedKoreanGoalNamesAndEnglishTargetTexts() {
		assertThat(catalogue.goalShort(11, Locale.KOREAN)).isEqualTo("지속가능한 도시와 공동체");
		assertThat(catalogue.goalShort(3, Locale.KOREA)).isEqualTo("건강과 웰빙");
		assertThat(catalogue.goalTitle(1, Locale.KOREAN)).isEqualTo("모든 곳에서 모든 형태의 빈곤 종식");
		for (int goal = 1; goal <= 17; goal++) {
			assertThat(catalogue.goalShort(goal, Locale.KOREAN))
				.isNotEqualTo(catalogue.goalShort(goal, Locale.ENGLISH));
			assertThat(catalogue.goalTitle(goal, Locale.KOREAN))
				.isNotEqualTo(catalogue.goalTitle(goal, Locale.ENGLISH));
		}
		assertThat(catalogue.targetText("11.2", Locale.KOREAN)).isEqualTo(catalogue.targetText("11.2", Locale.ENGLISH));
	}

	@Test
	void offersTheFourteenDefaultThemesWithKoreanNames() {
		// The secretariat may add themes (other tests do); the fourteen defaults come first, in order.
		assertThat(catalogue.themes()).extracting(Theme::code)
			.startsWith("urban-planning", "climate-environment", "disaster-resilience", "mobility",
					"water-sanitation", "waste", "housing", "health", "social-inclusion", "governance-finance",
					"digital-smart-city", "economic-development", "culture-tourism", "education");
		for (Theme theme : catalogue.themes().subList(0, 14)) {
			assertThat(theme.name(Locale.KOREAN)).isNotBlank().isNotEqualTo(theme.name(Locale.ENGLISH))
				.isEqualTo(catalogue.themeName(theme.code(), Locale.KOREAN));
			assertThat(theme.name(UNTRANSLATED)).isEqualTo(theme.name(Locale.ENGLISH));
		}
		assertThat(catalogue.themeName("mobility", Locale.KOREAN)).isEqualTo("교통·모빌리티");
		assertThat(catalogue.themeName("mobility", Locale.ENGLISH)).isEqualTo("Mobility and transport");
		assertThat(catalogue.theme("housing")).map(Theme::active).contains(true);
	}

	@Test
	void unknownCodesShowTheCodeRatherThanFailTheirPage() {
		assertThat(catalogue.targetText("11.z", Locale.ENGLISH)).isEqualTo("11.z");
		assertThat(catalogue.themeName("no-such-theme", Locale.KOREAN)).isEqualTo("no-such-theme");
	}
}
