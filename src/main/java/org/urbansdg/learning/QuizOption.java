package org.urbansdg.learning;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One answer a learner can choose. */
@Entity
@Table(name = "quiz_option")
class QuizOption {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "question_id")
	private QuizQuestion question;

	private int position;

	private String text;

	private boolean correct;

	protected QuizOption() {
	}

	QuizOption(QuizQuestion question, int position, String text, boolean correct) {
		this.question = question;
		this.position = position;
		this.text = text.strip();
		this.correct = correct;
	}

	public Long getId() {
		return id;
	}

	public String getText() {
		return text;
	}

	public boolean isCorrect() {
		return correct;
	}
}
