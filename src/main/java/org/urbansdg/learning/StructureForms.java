package org.urbansdg.learning;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The forms that write a course's modules, lessons and questions, and its settings; never bound to entities. */
final class StructureForms {

	private StructureForms() {
	}

	record ModuleForm(@NotBlank @Size(max = 300) String title, @NotNull @Min(1) @Max(100) Integer passPercent,
			@NotNull @Min(1) @Max(20) Integer maxAttempts) {

		/** Left empty, the pass mark and attempts take the usual values. */
		ModuleForm {
			passPercent = passPercent == null ? Integer.valueOf(70) : passPercent;
			maxAttempts = maxAttempts == null ? Integer.valueOf(3) : maxAttempts;
		}

		static ModuleForm empty() {
			return new ModuleForm("", 70, 3);
		}

		static ModuleForm of(CourseModule m) {
			return new ModuleForm(m.getTitle(), m.getPassPercent(), m.getMaxAttempts());
		}
	}

	/** Materials one a line ("label | https://..."), case studies by number separated by commas. */
	record LessonForm(@NotBlank @Size(max = 300) String title, @NotBlank @Size(max = 100_000) String body,
			@Size(max = 500) String videoUrl, @Size(max = 10_000) String materials, @Size(max = 2000) String caseIds) {

		static LessonForm empty() {
			return new LessonForm("", "", "", "", "");
		}

		static LessonForm of(Lesson l) {
			return new LessonForm(l.getTitle(), l.getBody(), l.getVideoUrl() == null ? "" : l.getVideoUrl(),
					l.getMaterials().stream().map(m -> m.label() + " | " + m.url()).collect(Collectors.joining("\n")),
					l.getCaseStudyIds().stream().map(String::valueOf).collect(Collectors.joining(", ")));
		}
	}

	/** Options one a line, "*" before the correct ones. */
	record QuestionForm(@NotBlank @Size(max = 2000) String text, @NotBlank @Size(max = 10_000) String options,
			@Size(max = 2000) String feedback) {

		static QuestionForm empty() {
			return new QuestionForm("", "", "");
		}

		static QuestionForm of(QuizQuestion q) {
			return new QuestionForm(q.getText(), q.optionLines(), q.getFeedback() == null ? "" : q.getFeedback());
		}
	}

	record SettingsForm(Set<String> targets, Set<String> themes, Set<Long> trainers, @NotNull Course.Audience audience,
			@Size(max = 300) String coverAlt) {

		SettingsForm {
			targets = targets == null ? new LinkedHashSet<>() : targets;
			themes = themes == null ? new LinkedHashSet<>() : themes;
			trainers = trainers == null ? new LinkedHashSet<>() : trainers;
		}

		static SettingsForm of(Course c) {
			return new SettingsForm(new LinkedHashSet<>(c.getTargets()), new LinkedHashSet<>(c.getThemes()),
					new LinkedHashSet<>(c.getTrainers()), c.getAudience(), c.getCoverAlt());
		}
	}
}
