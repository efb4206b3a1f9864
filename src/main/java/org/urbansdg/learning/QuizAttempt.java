package org.urbansdg.learning;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.urbansdg.shared.DomainException;

/**
 * One attempt at a module's quiz. The shuffled order shown is stored with it ("question:option,option;..."), and
 * answers are graded by option id, so what the learner saw and what is graded cannot drift apart.
 */
@Entity
@Table(name = "quiz_attempt")
class QuizAttempt {

	/** What the learner learns after submitting: whether each question was right, and its feedback. */
	public record Result(QuizQuestion question, boolean right) {
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long enrolmentId;

	private long moduleId;

	private int number;

	private String shownOrder;

	private Instant startedAt;

	private Instant submittedAt;

	private String chosen;

	private Integer score;

	private boolean passed;

	protected QuizAttempt() {
	}

	QuizAttempt(Enrolment enrolment, CourseModule module, int number, Random random, Instant now) {
		if (!module.hasQuiz()) {
			throw new DomainException("learning.quiz.none");
		}
		if (number > module.getMaxAttempts()) {
			throw new DomainException("learning.quiz.noAttemptsLeft", module.getMaxAttempts());
		}
		this.enrolmentId = enrolment.getId();
		this.moduleId = module.getId();
		this.number = number;
		this.startedAt = now;
		List<QuizQuestion> questions = new ArrayList<>(module.getQuestions());
		Collections.shuffle(questions, random);
		this.shownOrder = questions.stream().map(q -> {
			List<QuizOption> options = new ArrayList<>(q.getOptions());
			Collections.shuffle(options, random);
			return q.getId() + ":" + options.stream().map(o -> o.getId().toString()).collect(Collectors.joining(","));
		}).collect(Collectors.joining(";"));
	}

	/** Question ids in the order shown, each with its option ids in the order shown. */
	Map<Long, List<Long>> order() {
		Map<Long, List<Long>> order = new LinkedHashMap<>();
		for (String part : shownOrder.split(";")) {
			String[] q = part.split(":");
			order.put(Long.valueOf(q[0]), q.length < 2 ? List.of()
					: Arrays.stream(q[1].split(",")).map(Long::valueOf).toList());
		}
		return order;
	}

	/** Grades the chosen option ids; an attempt is answered once. */
	void submit(CourseModule module, Set<Long> chosenIds, Instant now) {
		if (submittedAt != null) {
			throw new DomainException("learning.quiz.alreadySubmitted");
		}
		// Only this quiz's options are kept: ids it does not have change no grade, and would overflow the column.
		Set<Long> own = module.getQuestions().stream().flatMap(q -> q.getOptions().stream()).map(QuizOption::getId)
			.filter(chosenIds::contains).collect(Collectors.toSet());
		long right = module.getQuestions().stream().filter(q -> q.answeredBy(own)).count();
		int total = module.getQuestions().size();
		this.score = (int) (right * 100 / total);
		this.passed = score >= module.getPassPercent();
		this.chosen = own.stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
		this.submittedAt = now;
	}

	Set<Long> chosenIds() {
		if (chosen == null || chosen.isEmpty()) {
			return Set.of();
		}
		return Arrays.stream(chosen.split(",")).map(Long::valueOf).collect(Collectors.toSet());
	}

	List<Result> results(CourseModule module) {
		Set<Long> picked = chosenIds();
		return module.getQuestions().stream().map(q -> new Result(q, q.answeredBy(picked))).toList();
	}

	boolean isOpen() {
		return submittedAt == null;
	}

	public Long getId() {
		return id;
	}

	public long getModuleId() {
		return moduleId;
	}

	public int getNumber() {
		return number;
	}

	public Instant getSubmittedAt() {
		return submittedAt;
	}

	public Integer getScore() {
		return score;
	}

	public boolean isPassed() {
		return passed;
	}
}
