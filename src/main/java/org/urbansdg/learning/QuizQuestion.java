package org.urbansdg.learning;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/** A quiz question: one right option (multiple choice) or several (multiple answer), with feedback for the learner. */
@Entity
@Table(name = "quiz_question")
public class QuizQuestion {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "module_id")
	private CourseModule module;

	private int position;

	private String text;

	private boolean multiple;

	private String feedback;

	@OneToMany(mappedBy = "question", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<QuizOption> options = new ArrayList<>();

	protected QuizQuestion() {
	}

	QuizQuestion(CourseModule module, int position, String text, boolean multiple, String feedback) {
		this.module = module;
		this.position = position;
		this.text = text.strip();
		this.multiple = multiple;
		this.feedback = feedback == null || feedback.isBlank() ? null : feedback.strip();
	}

	void revise(String text, boolean multiple, String feedback) {
		this.text = text.strip();
		this.multiple = multiple;
		this.feedback = feedback == null || feedback.isBlank() ? null : feedback.strip();
	}

	void placeAt(int position) {
		this.position = position;
	}

	/** The options as the author writes them: one a line, "*" before the correct ones. */
	public String optionLines() {
		return options.stream().map(o -> (o.isCorrect() ? "*" : "") + o.getText())
			.collect(Collectors.joining("\n"));
	}

	QuizOption addOption(String optionText, boolean correct) {
		QuizOption option = new QuizOption(this, options.size() + 1, optionText, correct);
		options.add(option);
		return option;
	}

	/** Right when exactly the correct options were chosen; ids of other questions' options count for nothing. */
	boolean answeredBy(Set<Long> chosen) {
		Set<Long> mine = options.stream().map(QuizOption::getId).collect(Collectors.toSet());
		Set<Long> picked = chosen.stream().filter(mine::contains).collect(Collectors.toSet());
		Set<Long> correct = options.stream().filter(QuizOption::isCorrect).map(QuizOption::getId)
			.collect(Collectors.toSet());
		return picked.equals(correct);
	}

	public CourseModule getModule() {
		return module;
	}

	public int getPosition() {
		return position;
	}

	public Long getId() {
		return id;
	}

	public String getText() {
		return text;
	}

	public boolean isMultiple() {
		return multiple;
	}

	public String getFeedback() {
		return feedback;
	}

	public List<QuizOption> getOptions() {
		return options;
	}
}
