package org.urbansdg.learning;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

/** A lesson: Markdown text, an optional video link, material links and case studies of the repository (by id). */
@Entity
@Table(name = "lesson")
public class Lesson {

	/** The length of lesson_material.label. */
	static final int MAX_MATERIAL_LABEL = 300;

	/** A link to something to download or read. */
	@Embeddable
	public record Material(String label, String url) {
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "module_id")
	private CourseModule module;

	private int position;

	private String title;

	private String body;

	private String videoUrl;

	@ElementCollection
	@CollectionTable(name = "lesson_material", joinColumns = @JoinColumn(name = "lesson_id"))
	@OrderColumn(name = "position")
	private List<Material> materials = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "lesson_case", joinColumns = @JoinColumn(name = "lesson_id"))
	@OrderColumn(name = "position")
	@Column(name = "case_study_id")
	private List<Long> caseStudyIds = new ArrayList<>();

	protected Lesson() {
	}

	Lesson(CourseModule module, int position, String title, String body, String videoUrl) {
		this.module = module;
		this.position = position;
		this.title = title.strip();
		this.body = body == null ? "" : body;
		this.videoUrl = videoUrl == null || videoUrl.isBlank() ? null : videoUrl.strip();
	}

	/** Replaces everything the author wrote; learners' progress stays, as the lesson is the same lesson. */
	void revise(String title, String body, String videoUrl, List<Material> newMaterials, List<Long> caseIds) {
		this.title = title.strip();
		this.body = body == null ? "" : body;
		this.videoUrl = videoUrl == null || videoUrl.isBlank() ? null : videoUrl.strip();
		materials.clear();
		newMaterials.forEach(m -> addMaterial(m.label(), m.url()));
		caseStudyIds.clear();
		caseStudyIds.addAll(caseIds);
	}

	void placeAt(int position) {
		this.position = position;
	}

	void addMaterial(String label, String url) {
		materials.add(new Material(label.strip(), url.strip()));
	}

	void addCaseStudy(long caseStudyId) {
		caseStudyIds.add(caseStudyId);
	}

	void loaded() {
		materials.size();
		caseStudyIds.size();
	}

	public Long getId() {
		return id;
	}

	public CourseModule getModule() {
		return module;
	}

	public int getPosition() {
		return position;
	}

	public String getTitle() {
		return title;
	}

	public String getBody() {
		return body;
	}

	public String getVideoUrl() {
		return videoUrl;
	}

	public List<Material> getMaterials() {
		return materials;
	}

	public List<Long> getCaseStudyIds() {
		return caseStudyIds;
	}
}
