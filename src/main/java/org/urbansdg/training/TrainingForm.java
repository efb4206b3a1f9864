package org.urbansdg.training;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;
import org.urbansdg.shared.OfferedLanguage;

/**
 * The training session form; never bound to the entity. Dates are kept as typed (YYYY-MM-DD, as date inputs send
 * them) so that a wrong one comes back on the form. Applications close at the start (UTC) of the deadline day.
 */
record TrainingForm(@NotBlank @Size(max = 300) String title, @NotBlank @Size(max = 20_000) String description,
		Long hostId, Set<Long> partnerIds, @NotBlank @Size(max = 300) String venue,
		@NotBlank @Size(max = 10) @OfferedLanguage String language,
		@NotBlank String startsOn, @NotBlank String endsOn, @NotBlank String deadline,
		@NotNull @Min(1) @Max(1000) Integer seats, @NotNull @Min(1) @Max(100) Integer daysRequired,
		@Size(max = 2000) String eligibility, @Size(max = 4000) String questions,
		@Size(max = 2000) String requiredDocuments) {

	TrainingForm {
		partnerIds = partnerIds == null ? new LinkedHashSet<>() : partnerIds;
	}

	static TrainingForm empty(String language) {
		return new TrainingForm("", "", null, null, "", language, "", "", "", 20, 1, "", "", "");
	}

	static TrainingForm of(TrainingSession s) {
		Set<Long> partners = new LinkedHashSet<>();
		s.getPartners().forEach(o -> partners.add(o.getId()));
		return new TrainingForm(s.getTitle(), s.getDescription(), s.getHost() == null ? null : s.getHost().getId(),
				partners, s.getVenue(), s.getLanguage(), s.getStartsOn().toString(), s.getEndsOn().toString(),
				s.getApplicationDeadline().atZone(ZoneOffset.UTC).toLocalDate().toString(), s.getSeats(),
				s.getDaysRequired(),
				s.getEligibility(), s.getQuestions(), s.getRequiredDocuments());
	}

	/** The rules between fields: the last day not before the first, applications closing by the first day. */
	void check(Errors errors) {
		LocalDate startsOn = date("startsOn", this.startsOn, errors);
		LocalDate endsOn = date("endsOn", this.endsOn, errors);
		LocalDate deadline = date("deadline", this.deadline, errors);
		if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn) && !errors.hasFieldErrors("endsOn")) {
			errors.rejectValue("endsOn", "training.endBeforeStart");
		}
		if (startsOn != null && deadline != null && deadline.isAfter(startsOn) && !errors.hasFieldErrors("deadline")) {
			errors.rejectValue("deadline", "training.deadlineAfterStart");
		}
		if (partnerIds.contains(hostId)) {
			errors.rejectValue("partnerIds", "training.partnerIsHost");
		}
	}

	private static LocalDate date(String field, String text, Errors errors) {
		if (text == null || text.isBlank() || errors.hasFieldErrors(field)) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			errors.rejectValue(field, "typeMismatch.java.time.LocalDate");
			return null;
		}
	}

	/** Only after {@link #check} found no errors. */
	Trainings.Details details() {
		return new Trainings.Details(title, description, hostId, partnerIds, venue, language,
				LocalDate.parse(startsOn.strip()), LocalDate.parse(endsOn.strip()), seats,
				LocalDate.parse(deadline.strip()).atStartOfDay(ZoneOffset.UTC).toInstant(), eligibility, questions,
				daysRequired, requiredDocuments);
	}
}
