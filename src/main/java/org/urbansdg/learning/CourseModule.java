package org.urbansdg.learning;

import java.util.ArrayList;
import java.util.List;

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

/** A part of a course: lessons to read and, if it has questions, a quiz with a pass mark and limited attempts. */
@Entity
@Table(name = "course_module")
public class CourseModule {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "course_id")
	private Course course;

	private int position;

	private String title;

	private int passPercent;

	private int maxAttempts;

	@OneToMany(mappedBy = "module", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<Lesson> lessons = new ArrayList<>();

	@OneToMany(mappedBy = "module", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<QuizQuestion> questions = new ArrayList<>();

	protected CourseModule() {
	}

	CourseModule(Course course, int position, String title, int passPercent, int maxAttempts) {
		this.course = course;
		this.position = position;
		this.title = title.strip();
		this.passPercent = Math.max(1, Math.min(100, passPercent));
		this.maxAttempts = Math.max(1, maxAttempts);
	}

	Lesson addLesson(String lessonTitle, String body, String videoUrl) {
		Lesson lesson = new Lesson(this, lessons.size() + 1, lessonTitle, body, videoUrl);
		lessons.add(lesson);
		return lesson;
	}

	QuizQuestion addQuestion(String text, boolean multiple, String feedback) {
		QuizQuestion question = new QuizQuestion(this, questions.size() + 1, text, multiple, feedback);
		questions.add(question);
		return question;
	}

	void revise(String title, int passPercent, int maxAttempts) {
		this.title = title.strip();
		this.passPercent = Math.max(1, Math.min(100, passPercent));
		this.maxAttempts = Math.max(1, maxAttempts);
	}

	void placeAt(int position) {
		this.position = position;
	}

	void moveLesson(Lesson lesson, int delta) {
		Positions.move(lessons, lesson, delta);
		Positions.renumber(lessons, Lesson::placeAt);
	}

	void removeLesson(Lesson lesson) {
		lessons.remove(lesson);
		Positions.renumber(lessons, Lesson::placeAt);
	}

	void moveQuestion(QuizQuestion question, int delta) {
		Positions.move(questions, question, delta);
		Positions.renumber(questions, QuizQuestion::placeAt);
	}

	void removeQuestion(QuizQuestion question) {
		questions.remove(question);
		Positions.renumber(questions, QuizQuestion::placeAt);
	}

	public boolean hasQuiz() {
		return !questions.isEmpty();
	}

	void loaded() {
		lessons.forEach(Lesson::loaded);
		questions.forEach(q -> q.getOptions().size());
	}

	public Long getId() {
		return id;
	}

	public Course getCourse() {
		return course;
	}

	public int getPosition() {
		return position;
	}

	public String getTitle() {
		return title;
	}

	public int getPassPercent() {
		return passPercent;
	}

	public int getMaxAttempts() {
		return maxAttempts;
	}

	public List<Lesson> getLessons() {
		return lessons;
	}

	public List<QuizQuestion> getQuestions() {
		return questions;
	}
}
