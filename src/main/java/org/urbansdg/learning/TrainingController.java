package org.urbansdg.learning;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.urbansdg.account.Accounts;
import org.urbansdg.account.Actor;
import org.urbansdg.shared.RichText;

/** Training sessions: the call for applications, the applicant's own steps, and decisions and attendance. */
@Controller
class TrainingController {

	static final String LIST = "learning/trainings";

	static final String SESSION = "learning/training";

	static final String MANAGE = "learning/training-manage";

	private final Trainings trainings;

	private final Accounts accounts;

	private final RichText richText;

	private final org.urbansdg.member.Members members;

	TrainingController(Trainings trainings, Accounts accounts, RichText richText,
			org.urbansdg.member.Members members) {
		this.members = members;
		this.trainings = trainings;
		this.accounts = accounts;
		this.richText = richText;
	}

	@GetMapping("/trainings")
	String list(Model model) {
		model.addAttribute("sessions", trainings.all());
		return LIST;
	}

	@GetMapping("/trainings/{id}")
	String session(@PathVariable long id, Actor actor, Model model) {
		TrainingSession session = trainings.get(id);
		model.addAttribute("training", session);
		model.addAttribute("descriptionHtml", richText.html(session.getDescription()));
		model.addAttribute("open", trainings.isOpen(session));
		model.addAttribute("mine", trainings.applicationOf(actor, id).orElse(null));
		model.addAttribute("canManage", Trainings.canManage(actor, session));
		return SESSION;
	}

	@PostMapping("/trainings/{id}/apply")
	String apply(@PathVariable long id, Actor actor, @RequestParam(required = false) String motivation,
			@RequestParam(name = "answer", required = false) List<String> answers, RedirectAttributes redirect) {
		trainings.apply(actor, id, motivation, answers == null ? List.of() : answers);
		redirect.addFlashAttribute("flash", "training.applied");
		return "redirect:/trainings/" + id;
	}

	@PostMapping("/trainings/{id}/confirm")
	String confirm(@PathVariable long id, Actor actor, RedirectAttributes redirect) {
		trainings.confirm(actor, id);
		redirect.addFlashAttribute("flash", "training.saved");
		return "redirect:/trainings/" + id;
	}

	@PostMapping("/trainings/{id}/withdraw")
	String withdraw(@PathVariable long id, Actor actor, RedirectAttributes redirect) {
		trainings.withdraw(actor, id);
		redirect.addFlashAttribute("flash", "training.saved");
		return "redirect:/trainings/" + id;
	}

	@GetMapping("/teach/trainings/{id}")
	String manage(@PathVariable long id, Actor actor, Model model) {
		List<TrainingApplication> applications = trainings.applications(actor, id);
		Map<Long, String> names = accounts.displayNames(applications.stream().map(TrainingApplication::getUserId).toList());
		model.addAttribute("training", trainings.get(id));
		model.addAttribute("applications", applications);
		model.addAttribute("names", names);
		model.addAttribute("decisions", List.of(TrainingApplication.Status.SHORTLISTED,
				TrainingApplication.Status.ACCEPTED, TrainingApplication.Status.WAITLISTED,
				TrainingApplication.Status.DECLINED));
		return MANAGE;
	}

	@PostMapping("/teach/trainings/{id}/applications/{applicationId}/decision")
	String decide(@PathVariable long id, @PathVariable long applicationId, Actor actor,
			@RequestParam TrainingApplication.Status status, RedirectAttributes redirect) {
		trainings.decide(actor, applicationId, status);
		redirect.addFlashAttribute("flash", "training.saved");
		return "redirect:/teach/trainings/" + id;
	}

	@PostMapping("/teach/trainings/{id}/applications/{applicationId}/attendance")
	String attendance(@PathVariable long id, @PathVariable long applicationId, Actor actor,
			@RequestParam(name = "day", required = false) List<String> days,
			RedirectAttributes redirect) {
		TrainingSession session = trainings.get(id);
		for (LocalDate day : session.days()) {
			trainings.attendance(actor, applicationId, day, days != null && days.contains(day.toString()));
		}
		redirect.addFlashAttribute("flash", "training.saved");
		return "redirect:/teach/trainings/" + id;
	}

	/** A new session from the form on the teaching page; the creator manages its applications. */
	@PostMapping("/teach/trainings")
	String create(Actor actor, @RequestParam String title, @RequestParam String description,
			@RequestParam(required = false) Long hostId, @RequestParam String venue, @RequestParam String language,
			@RequestParam String startsOn, @RequestParam String endsOn, @RequestParam int seats,
			@RequestParam String deadline, @RequestParam(required = false) String eligibility,
			@RequestParam(required = false) String questions, @RequestParam int daysRequired,
			RedirectAttributes redirect) {
		LocalDate start;
		LocalDate end;
		LocalDate closes;
		try {
			start = LocalDate.parse(startsOn);
			end = LocalDate.parse(endsOn);
			closes = LocalDate.parse(deadline);
		}
		catch (java.time.format.DateTimeParseException ex) {
			throw new org.urbansdg.shared.DomainException("training.badDates");
		}
		if (title.isBlank() || description.isBlank() || venue.isBlank() || end.isBefore(start) || closes.isAfter(start)
				|| title.length() > 300 || venue.length() > 300) {
			throw new org.urbansdg.shared.DomainException("training.badDates");
		}
		var host = hostId == null ? null : members.organisation(hostId).orElseThrow(org.urbansdg.shared.NotFoundException::new);
		long id = trainings.create(actor, new TrainingSession(title.strip(), description, host, venue.strip(),
				language, start, end, seats, closes.atStartOfDay(java.time.ZoneOffset.UTC).toInstant(),
				eligibility, questions, daysRequired, actor.userId()));
		redirect.addFlashAttribute("flash", "training.saved");
		return "redirect:/trainings/" + id;
	}

	@PostMapping("/teach/trainings/{id}/certificates")
	String certify(@PathVariable long id, Actor actor, RedirectAttributes redirect) {
		redirect.addFlashAttribute("flash", "training.saved");
		redirect.addFlashAttribute("certified", trainings.certify(actor, id));
		return "redirect:/teach/trainings/" + id;
	}
}
