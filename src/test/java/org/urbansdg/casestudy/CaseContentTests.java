package org.urbansdg.casestudy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.springframework.validation.MapBindingResult;
import org.urbansdg.shared.DomainException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The parts of a case's content on their own: the section list, the narrative and the value objects. */
class CaseContentTests {

	@Test
	void everySectionIsNamedInEveryLanguageUnderAKeyOfItsOwn() throws IOException {
		for (String bundle : List.of("casestudy.properties", "casestudy_ko.properties")) {
			Properties messages = new Properties();
			try (InputStream in = Files.newInputStream(Path.of("src/main/resources/messages", bundle))) {
				messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			}
			for (CaseSection section : CaseSection.values()) {
				assertThat(messages.getProperty(section.messageKey())).as(bundle + " " + section).isNotBlank();
			}
		}
		assertThat(List.of(CaseSection.values())).extracting(CaseSection::key).doesNotHaveDuplicates();
	}

	@Test
	void theNarrativeKeepsReadingOrderAndLeavesBlankSectionsOut() {
		Map<String, String> posted = new LinkedHashMap<>();
		posted.put("lessons", " Start small. ");
		posted.put("staffing", "Five planners.");
		posted.put("background", "Floods.");
		posted.put("results", "   ");
		posted.put("nonsense", "Ignored.");
		Narrative narrative = Narrative.ofKeys(posted);
		assertThat(narrative.storyText()).isEqualTo("Floods.\n\nStart small.");
		assertThat(narrative.texts(CaseSection.Part.RESOURCES)).containsExactly(
				Map.entry(CaseSection.STAFFING, "Five planners."));
		assertThat(narrative.missing()).containsExactly(CaseSection.STRATEGY, CaseSection.RESULTS);
		assertThat(narrative.byKey()).containsOnlyKeys("background", "staffing", "lessons");
	}

	@Test
	void aSectionTooLongIsAFieldErrorOnThatSection() {
		Map<String, Object> form = new HashMap<>();
		Map<String, String> posted = Map.of("staffing", "x".repeat(5001), "background", "x".repeat(5001));
		form.put("sections[staffing]", posted.get("staffing"));
		MapBindingResult errors = new MapBindingResult(form, "form");
		Narrative.checked(posted, errors);
		assertThat(errors.getFieldErrors()).singleElement().satisfies(e -> {
			assertThat(e.getField()).isEqualTo("sections[staffing]");
			assertThat(e.getCode()).isEqualTo("Size");
			assertThat(e.getArguments()).contains(5000, 0);
		});
	}

	@Test
	void valueObjectsKeepTheirRules() {
		assertThatThrownBy(() -> new Period(LocalDate.of(2021, 1, 1), LocalDate.of(2020, 1, 1)))
			.isInstanceOf(DomainException.class).hasMessageContaining("case.endBeforeStart");
		assertThat(new Period(LocalDate.of(2021, 5, 1), null).isOngoing()).isTrue();
		assertThat(Contact.of("  ", "")).isNull();
		assertThat(Contact.of(" Mobility Division ", null).getName()).isEqualTo("Mobility Division");
		assertThat(Contact.of(null, "mobility@example.org").getMailto()).isEqualTo("mailto:mobility@example.org");
		assertThatThrownBy(() -> Contact.of("x".repeat(Contact.MAX_NAME + 1), null))
			.isInstanceOf(IllegalArgumentException.class);
	}
}
