package org.urbansdg.casestudy;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The written sections of a case, in reading order: the one list that the form, the entity, the case page, the
 * search index, the award snapshot and the demo data follow. A section's text is stored under its {@link #key()} in
 * {@code case_study_section} (so a new section needs no new column), posted as {@code sections[key]}, labelled by
 * the message {@code case.key} (with an optional hint {@code edit.key.hint}) and read from the demo file under its key.
 * Adding one: docs/architecture.md, "Adding a case field".
 */
public enum CaseSection {

	BACKGROUND("background", Part.STORY, 20_000, Need.REQUIRED),
	OBJECTIVES("objectives", Part.STORY, 20_000, Need.OPTIONAL),
	STRATEGY("strategy", Part.STORY, 20_000, Need.REQUIRED),
	STAKEHOLDERS("stakeholders", Part.STORY, 20_000, Need.OPTIONAL),
	FUNDING_SOURCES("fundingSources", Part.RESOURCES, 5_000, Need.OPTIONAL),
	STAFFING("staffing", Part.RESOURCES, 5_000, Need.OPTIONAL),
	RESULTS("results", Part.STORY, 20_000, Need.REQUIRED),
	OBSTACLES("obstacles", Part.STORY, 20_000, Need.OPTIONAL),
	SUCCESS_FACTORS("successFactors", Part.STORY, 20_000, Need.OPTIONAL),
	LESSONS("lessons", Part.STORY, 20_000, Need.REQUIRED);

	/** Where a section belongs, which decides how it is shown and whether it is searched. */
	public enum Part {

		/**
		 * What the city did, in Markdown: a section of its own on the case page, searched (the index's {@code body}
		 * fields, after the title and summary) and part of the text an award nomination freezes.
		 */
		STORY,

		/** A short plain text about the means: shown among the facts beside the budget; not searched. */
		RESOURCES
	}

	/** Whether a case can be submitted without the section (a draft may always lack it). */
	public enum Need {
		REQUIRED, OPTIONAL
	}

	private final String key;

	private final Part part;

	private final int maxLength;

	private final Need need;

	CaseSection(String key, Part part, int maxLength, Need need) {
		this.key = key;
		this.part = part;
		this.maxLength = maxLength;
		this.need = need;
	}

	/** The name it is stored, posted and read from the demo file under; never change it for an existing section. */
	public String key() {
		return key;
	}

	/** The message that names it (the form's label, the page's heading, "please complete ..."). */
	public String messageKey() {
		return "case." + key;
	}

	public Part part() {
		return part;
	}

	/** The most characters it takes; the form says so and nothing longer is stored. */
	public int maxLength() {
		return maxLength;
	}

	public boolean isRequired() {
		return need == Need.REQUIRED;
	}

	public boolean isStory() {
		return part == Part.STORY;
	}

	public static Optional<CaseSection> byKey(String key) {
		return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
	}

	/** The sections of one part, in reading order. */
	public static List<CaseSection> of(Part part) {
		return Arrays.stream(values()).filter(s -> s.part == part).toList();
	}

	/** The sections a case must have before it is submitted. */
	public static List<CaseSection> required() {
		return Arrays.stream(values()).filter(CaseSection::isRequired).toList();
	}
}
