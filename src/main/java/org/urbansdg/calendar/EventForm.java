package org.urbansdg.calendar;

import java.time.LocalDateTime;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.urbansdg.shared.OfferedLanguage;

/** The secretariat's event form. Start and end are local times in the named IANA zone. */
record EventForm(@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 20000) String description,
		@NotNull EventType type, @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime start,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime end,
		@NotBlank @Size(max = 60) String timeZone, @Size(max = 200) String venue, @Size(max = 120) String city,
		String countryCode, @Size(max = 500) String onlineUrl, @NotNull Long organiserId, List<Long> partnerIds,
		List<Integer> goals, @NotBlank @OfferedLanguage String language, @NotNull RegistrationMode registrationMode,
		@Size(max = 500) String registrationUrl, @Min(1) @Max(100000) Integer capacity,
		@Size(max = 3000) String questions) {

	static EventForm blank() {
		return new EventForm("", "", EventType.FORUM, null, null, "Asia/Seoul", "", "", "", "", null, List.of(),
				List.of(), "en", RegistrationMode.NONE, "", null, "");
	}

	static EventForm of(CalendarEvent e) {
		return new EventForm(e.getTitle(), e.getDescription(), e.getType(), e.getLocalStart().toLocalDateTime(),
				e.getLocalEnd().toLocalDateTime(), e.getTimeZone(), e.getVenue(), e.getCity(), e.getCountryCode(),
				e.getOnlineUrl(), e.getOrganiser().getId(),
				e.getPartners().stream().map(o -> o.getId()).toList(), List.copyOf(e.getGoals()), e.getLanguage(),
				e.getRegistrationMode(), e.getRegistrationUrl(), e.getCapacity(), String.join("\n", e.getQuestions()));
	}

	List<String> questionList() {
		return questions == null ? List.of() : questions.lines().map(String::strip).filter(q -> !q.isEmpty()).toList();
	}
}
