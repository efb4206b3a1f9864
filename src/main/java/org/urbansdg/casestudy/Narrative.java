package org.urbansdg.casestudy;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.validation.Errors;

/**
 * The written sections of a case ({@link CaseSection}), each either text or absent, never blank. Immutable; the
 * entity stores it by section key and hands out a new one on each read.
 */
final class Narrative {

	static final Narrative EMPTY = new Narrative(new EnumMap<>(CaseSection.class));

	private final Map<CaseSection, String> texts;

	private Narrative(EnumMap<CaseSection, String> texts) {
		this.texts = Collections.unmodifiableMap(texts);
	}

	/** Texts by section; blank ones are left out and the others stripped. */
	static Narrative of(Map<CaseSection, String> texts) {
		EnumMap<CaseSection, String> kept = new EnumMap<>(CaseSection.class);
		texts.forEach((section, text) -> {
			if (text != null && !text.isBlank()) {
				kept.put(section, text.strip());
			}
		});
		return new Narrative(kept);
	}

	/** What is stored or was posted, by section key; keys of no section are ignored. */
	static Narrative ofKeys(Map<String, String> byKey) {
		Map<CaseSection, String> texts = new EnumMap<>(CaseSection.class);
		byKey.forEach((key, text) -> CaseSection.byKey(key).ifPresent(s -> texts.put(s, text)));
		return of(texts);
	}

	/**
	 * The posted texts, after recording a field error ({@code sections[key]}, the {@code Size} message that the
	 * other fields use) for each section longer than it may be.
	 */
	static Narrative checked(Map<String, String> posted, Errors errors) {
		for (CaseSection section : CaseSection.values()) {
			String text = posted.get(section.key());
			if (text != null && text.length() > section.maxLength()) {
				errors.rejectValue(field(section), "Size", new Object[] { field(section), section.maxLength(), 0 },
						null);
			}
		}
		return ofKeys(posted);
	}

	/** The form field of a section. */
	static String field(CaseSection section) {
		return "sections[" + section.key() + "]";
	}

	/** The text of a section, or {@code null}. */
	public String text(CaseSection section) {
		return texts.get(section);
	}

	/** The sections of a part that have text, in reading order. */
	public Map<CaseSection, String> texts(CaseSection.Part part) {
		Map<CaseSection, String> found = new LinkedHashMap<>();
		texts.forEach((section, text) -> {
			if (section.part() == part) {
				found.put(section, text);
			}
		});
		return found;
	}

	/**
	 * The story sections one after another, with a blank line between them: what the search index holds as a case's
	 * body and what an award nomination keeps.
	 */
	public String storyText() {
		return String.join("\n\n", texts(CaseSection.Part.STORY).values());
	}

	/** The required sections without text, in reading order. */
	List<CaseSection> missing() {
		return CaseSection.required().stream().filter(s -> !texts.containsKey(s)).toList();
	}

	/** The texts by section key, as stored and as the form posts them. */
	Map<String, String> byKey() {
		return texts.entrySet().stream()
			.collect(Collectors.toMap(e -> e.getKey().key(), Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Narrative n && n.texts.equals(texts);
	}

	@Override
	public int hashCode() {
		return texts.hashCode();
	}

	@Override
	public String toString() {
		return "Narrative" + texts.keySet();
	}
}
