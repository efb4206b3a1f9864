package org.urbansdg;

import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import jakarta.validation.constraints.Size;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.MethodParameter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.urbansdg.casestudy.CaseSection;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.urbansdg.People.as;

/**
 * Every text a form accepts fits the column it is stored in, so that too long an input is a message on the form and
 * never a database error (a 500). Reads the limits from {@code information_schema.columns}; every form record
 * (found on the class path) and every plain text parameter of a POST handler must say where it goes, so a new field
 * cannot slip past. Texts stored line by line, or checked by the service, have a posting test in their module (named
 * below) that sends too long a value and expects a message and nothing stored.
 */
@PlatformTest
class FieldLengthTests {

	/** The table each form's fields go to, by the snake_case of their names (unless {@link #FIELDS} says). */
	static final Map<String, String> TABLES = Map.ofEntries(entry("CaseForm", "case_study"),
			entry("NewsForm", "news_post"), entry("EventForm", "calendar_event"), entry("CourseForm", "course"),
			entry("ModuleForm", "course_module"), entry("LessonForm", "lesson"), entry("QuestionForm", "quiz_question"),
			entry("SettingsForm", "course"), entry("TrainingForm", "training_session"),
			entry("ApplyForm", "training_application"), entry("CycleForm", "award_cycle"),
			entry("RegistrationForm", "app_user"), entry("ProfileForm", "app_user"),
			entry("OrganisationForm", "organisation"), entry("CityForm", "city"), entry("EmailForm", NONE()),
			entry("AskForm", "cooperation_request"), entry("CloseForm", "cooperation_request"),
			entry("MessageForm", "cooperation_message"), entry("MilestoneForm", "cooperation_milestone"),
			entry("ResetForm", NONE()), entry("PasswordChangeForm", NONE()),
			entry("ChallengeForm", "challenge"), entry("ChallengeOfferForm", "challenge_offer"),
			entry("ChallengeSuggestionForm", "challenge_suggestion"), entry("PartnerSuggestionForm", "cooperation_suggestion"));

	private static final String CHOSEN = "chosen from a list, checked against it: ";

	private static final String PARSED = "parsed, never stored as typed";

	private static final String LINES = "each line or item stored in ";

	/** Fields that are not stored under their own name in their form's table. */
	static final Map<String, String> FIELDS = Map.ofEntries(
			entry("CaseForm.language", CHOSEN + "CaseLanguages"), entry("CaseForm.primaryTarget", CHOSEN + "SDG targets"),
			entry("CaseForm.targets", CHOSEN + "SDG targets"), entry("CaseForm.themes", CHOSEN + "themes"),
			entry("CaseForm.budgetCurrency", CHOSEN + "Money's currencies"),
			entry("CaseForm.sections", LINES + "case_study_section.text (each CaseSection's maxLength: below)"),
			entry("NewsForm.tags", LINES + "news_post_tag.tag (NewsAdminController: 60 letters at most)"),
			entry("NewsForm.caseIds", PARSED), entry("NewsForm.eventIds", PARSED),
			entry("EventForm.countryCode", CHOSEN + "ISO countries"), entry("EventForm.language", CHOSEN + "Locales (@OfferedLanguage)"),
			entry("EventForm.questions", LINES + "calendar_event_question.question (EventCalendarTests)"),
			entry("LessonForm.materials", LINES + "lesson_material.label (CourseAuthoringTests)"),
			entry("LessonForm.caseIds", PARSED),
			entry("QuestionForm.options", LINES + "quiz_option.text (Courses: learning.question.optionTooLong)"),
			entry("QuestionForm.text", "quiz_question.text"),
			entry("SettingsForm.targets", CHOSEN + "SDG targets"), entry("SettingsForm.themes", CHOSEN + "themes"),
			entry("TrainingForm.startsOn", PARSED), entry("TrainingForm.endsOn", PARSED),
			entry("TrainingForm.deadline", PARSED),
			entry("ApplyForm.answer", LINES + "training_application.answers (TrainingTests)"),
			entry("CycleForm.timeZone", CHOSEN + "ZoneId"), entry("CycleForm.nominationsOpen", PARSED),
			entry("CycleForm.nominationsClose", PARSED), entry("CycleForm.screeningClose", PARSED),
			entry("CycleForm.votingOpen", PARSED), entry("CycleForm.votingClose", PARSED),
			entry("CycleForm.judgingOpen", PARSED), entry("CycleForm.judgingClose", PARSED),
			entry("CycleForm.resultsAt", PARSED),
			entry("CycleForm.categories", LINES + "award_category.name (AwardCycleTests)"),
			entry("CycleForm.criteria", LINES + "award_criterion.name (AwardCycleTests)"),
			entry("RegistrationForm.password", PARSED + " (hashed)"), entry("RegistrationForm.passwordRepeat", PARSED),
			entry("ResetForm.token", PARSED + " (hashed, looked up)"), entry("ResetForm.password", PARSED + " (hashed)"),
			entry("ResetForm.passwordRepeat", PARSED), entry("EmailForm.email", PARSED + " (looked up)"),
			entry("PasswordChangeForm.currentPassword", PARSED), entry("PasswordChangeForm.password", PARSED),
			entry("PasswordChangeForm.passwordRepeat", PARSED),
			entry("OrganisationForm.countryCode", CHOSEN + "ISO countries"),
			entry("CityForm.countryCode", CHOSEN + "ISO countries"),
			entry("ChallengeForm.targets", CHOSEN + "SDG targets"), entry("ChallengeForm.themes", CHOSEN + "themes"),
			entry("ChallengeForm.neededBy", PARSED),
			entry("AskForm.targets", LINES + "cooperation_request_target.target_code (" + CHOSEN + "SDG targets)"),
			entry("AskForm.preferredLanguage", CHOSEN + "Locales (@OfferedLanguage)"),
			entry("MessageForm.text", "cooperation_message.body"));

	/**
	 * Plain text parameters of POST handlers (Controller.method.parameter), and maps of all parameters that a handler
	 * reads texts from, and how their length is kept within the column, with the test that posts too long a value.
	 */
	static final Map<String, String> PARAMETERS = Map.ofEntries(
			entry("PublicPagesController.comment.text", "case_comment.text: CaseWorkflow.comment (CaseStudyWorkflowTests)"),
			entry("ReviewController.returnToEditor.comment", "case_review_note.text: CaseWorkflow.returnToEditor (CaseStudyWorkflowTests)"),
			entry("EventController.register.answers", "event_registration_answer.answer: EventCalendar.register (EventCalendarTests)"),
			entry("EventController.cancel.token", PARSED + " (looked up)"),
			entry("CertificateController.revoke.reason", "certificate.revoked_reason: Certificate.revoke (CertificateTests)"),
			entry("ThemeAdminController.add.code", "theme.code: SdgCatalogue.addTheme, 40 letters at most (AdministrationTests)"),
			entry("ThemeAdminController.add.form", "name_<language>: theme_name.name: SdgCatalogue (AdministrationTests)"),
			entry("ThemeAdminController.update.form", "name_<language>: theme_name.name: SdgCatalogue (AdministrationTests)"),
			entry("JudgingController.score.comment", "award_score_sheet.comment: Judging.score (award.textTooLong)"),
			entry("JudgingController.score.rationale", "award_score_sheet.rationale: Judging.score (award.textTooLong)"),
			entry("JudgingController.score.action", PARSED + " (save or submit)"),
			entry("JudgingController.score.params", PARSED + " (score-<criterion>: whole numbers)"),
			entry("LearningController.answer.params", PARSED + " (q<question>: option ids)"),
			entry("JudgingController.conflict.reason", "award_conflict.reason: Judging.declareConflict, 1000 at most"),
			entry("AwardController.nominate.statement", "award_nomination.statement: Nominations, 8000 at most"),
			entry("AwardAdminController.screen.reason", "award_nomination.screening_reason: Nomination.screen (AwardCycleTests)"),
			entry("AwardAdminController.move.note", "award_decision.detail: Nominations.move (AwardCycleTests)"),
			entry("TrainingController.attendance.days", PARSED + " (compared with the session's days)"),
			entry("CourseStructureController.moveModule.direction", PARSED),
			entry("CourseStructureController.moveLesson.direction", PARSED),
			entry("CourseStructureController.moveQuestion.direction", PARSED),
			entry("RegistrationController.confirm.token", PARSED + " (hashed, looked up)"),
			entry("TargetSuggestionController.suggest.title", "not stored: only scored"),
			entry("TargetSuggestionController.suggest.summary", "not stored: only scored"),
			entry("TargetSuggestionController.suggest.background", "not stored: only scored"),
			entry("TargetSuggestionController.suggest.objectives", "not stored: only scored"),
			entry("TargetSuggestionController.suggest.strategy", "not stored: only scored"),
			entry("TargetSuggestionController.suggest.results", "not stored: only scored"),
			entry("TargetSuggestionController.suggest.primaryTarget", "not stored: only scored"),
			entry("TargetSuggestionController.suggest.targets", "not stored: only scored"),
			entry("TargetSuggestionController.suggest.rejected", "not stored: only scored"),
			entry("CooperationController.ask.typedHelp", PARSED + " (compared with the kinds of help, to tick them again)"),
			entry("CooperationController.decline.reason",
					"cooperation_request.decline_reason: CooperationRequest.decline (CooperationPagesTests)"));

	private static String NONE() {
		return "-";
	}

	record Column(String type, Integer length) {
	}

	@Autowired
	JdbcClient jdbc;

	@Autowired
	org.springframework.test.web.servlet.MockMvc mvc;

	@Autowired
	CaseFixtures cases;

	@Autowired
	org.urbansdg.account.Accounts accounts;

	@Autowired
	org.urbansdg.member.Members members;

	@Autowired
	org.urbansdg.learning.Courses courses;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping handlers;

	Optional<Column> column(String table, String column) {
		return jdbc.sql("""
				select data_type, character_maximum_length from information_schema.columns
				where table_schema = current_schema() and table_name = ? and column_name = ?""")
			.params(table, column)
			.query((rs, i) -> new Column(rs.getString(1), (Integer) rs.getObject(2)))
			.optional();
	}

	static String snake(String name) {
		return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase();
	}

	static List<Class<?>> formRecords() throws ClassNotFoundException {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
			@Override
			protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
				return definition.getMetadata().isIndependent();
			}
		};
		scanner.addIncludeFilter((reader, factory) -> reader.getClassMetadata().getClassName().endsWith("Form")
				&& "java.lang.Record".equals(reader.getClassMetadata().getSuperClassName()));
		List<Class<?>> records = new ArrayList<>();
		for (var definition : scanner.findCandidateComponents("org.urbansdg")) {
			records.add(ClassUtils.forName(definition.getBeanClassName(), FieldLengthTests.class.getClassLoader()));
		}
		return records;
	}

	/** The @Size of a text component, or of the texts in a collection component. */
	static Size size(Class<?> form, RecordComponent component) throws NoSuchFieldException {
		AnnotatedType type = form.getDeclaredField(component.getName()).getAnnotatedType();
		if (type instanceof AnnotatedParameterizedType collection) {
			return collection.getAnnotatedActualTypeArguments()[0].getAnnotation(Size.class);
		}
		return form.getDeclaredField(component.getName()).getAnnotation(Size.class);
	}

	static boolean isText(RecordComponent component) {
		if (component.getType() == String.class) {
			return true;
		}
		String type = component.getGenericType().getTypeName();
		return Collection.class.isAssignableFrom(component.getType()) && type.endsWith("<java.lang.String>")
				|| Map.class.isAssignableFrom(component.getType()) && type.endsWith(", java.lang.String>");
	}

	@Test
	void everyFormTextFitsItsColumn() throws Exception {
		List<Class<?>> forms = formRecords();
		assertThat(forms).extracting(Class::getSimpleName).contains("CaseForm", "EventForm", "ApplyForm", "ProfileForm");
		List<String> problems = new ArrayList<>();
		Set<String> checked = new TreeSet<>();
		for (Class<?> form : forms) {
			String name = form.getSimpleName();
			if (!TABLES.containsKey(name)) {
				problems.add(name + ": say in TABLES which table it is stored in");
				continue;
			}
			for (RecordComponent component : form.getRecordComponents()) {
				if (!isText(component)) {
					continue;
				}
				String field = name + "." + component.getName();
				checked.add(field);
				String where = FIELDS.get(field);
				if (where == null && !NONE().equals(TABLES.get(name))) {
					where = TABLES.get(name) + "." + snake(component.getName());
				}
				if (where == null || !where.matches("[a-z_]+\\.[a-z_]+")) {
					if (where == null) {
						problems.add(field + ": say in FIELDS where it is stored");
					}
					else if (where.startsWith(LINES)) {
						String[] target = where.substring(LINES.length()).split(" ")[0].split("\\.");
						if (column(target[0], target[1]).isEmpty()) {
							problems.add(field + ": no column " + where);
						}
					}
					continue;
				}
				String[] target = where.split("\\.");
				Optional<Column> column = column(target[0], target[1]);
				Size size = size(form, component);
				if (column.isEmpty()) {
					problems.add(field + ": no column " + where + "; say in FIELDS where it is stored");
				}
				else if (size == null) {
					problems.add(field + ": no @Size(max) for " + where + " (" + column.get().type() + ")");
				}
				else if (column.get().length() != null && size.max() > column.get().length()) {
					problems.add(field + ": @Size(max = " + size.max() + ") but " + where + " holds "
							+ column.get().length());
				}
			}
		}
		assertThat(problems).isEmpty();
		assertThat(checked).contains("CaseForm.title", "CaseForm.sections", "EventForm.questions",
				"ProfileForm.jobTitle", "OrganisationForm.website", "ApplyForm.motivation", "LessonForm.body",
				"NewsForm.summary");
		// Every exception named still exists, so the lists stay true.
		assertThat(checked).containsAll(FIELDS.keySet());
	}

	/**
	 * The case form takes its written sections as a map ({@code sections[key]}), each checked against its section's
	 * limit ({@code Narrative.checked}); every section fits the column that stores it, and its key the key column.
	 */
	@Test
	void everyCaseSectionFitsItsColumn() {
		Column text = column("case_study_section", "text").orElseThrow();
		Column key = column("case_study_section", "section_key").orElseThrow();
		List<String> problems = new ArrayList<>();
		for (CaseSection section : CaseSection.values()) {
			if (section.maxLength() <= 0) {
				problems.add(section + ": no maxLength");
			}
			if (text.length() != null && section.maxLength() > text.length()) {
				problems.add(section + ": maxLength " + section.maxLength() + " but the column holds " + text.length());
			}
			if (section.key().length() > key.length()) {
				problems.add(section + ": key longer than section_key holds (" + key.length() + ")");
			}
		}
		assertThat(problems).isEmpty();
	}

	/** A text too long for any column, starting with a mark that no stored text has. */
	static String tooLong(String mark, int length) {
		return mark + "x".repeat(length - mark.length());
	}

	/** Whether any text column of any table holds the mark. */
	boolean stored(String mark) {
		List<String> columns = jdbc.sql("""
				select format('select 1 from %I where %I like :mark', table_name, column_name)
				from information_schema.columns
				where table_schema = current_schema() and data_type in ('character varying', 'text')""")
			.query(String.class).list();
		return jdbc.sql("select exists (" + String.join(" union all ", columns) + ")")
			.param("mark", "%" + mark + "%").query(Boolean.class).single();
	}

	@Test
	void tooLongTextsInTheMainFormsAreMessagesAndNothingIsStored() throws Exception {
		People people = new People(accounts, members);
		long organisation = people.organisation();
		People.Person editor = people.editorOf(organisation);
		People.Person secretariat = people.secretariat();
		People.Person trainer = people.person(null, org.urbansdg.account.Role.TRAINER);
		String mark = "Zq" + java.util.UUID.randomUUID().toString().replace("-", "");

		// Case form: a title of 5,000 characters, a background of 200 KB and staffing (a short section) of 6,000.
		mvc.perform(multipart("/workspace/cases").with(csrf()).with(as(editor))
			.param("title", tooLong(mark, 5000)).param("summary", "S.").param("language", "en")
			.param("sections[background]", tooLong(mark, 200_000)).param("sections[staffing]", tooLong(mark, 6000)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter between 0 and 300 characters.")))
			.andExpect(content().string(containsString("Enter between 0 and 20,000 characters.")))
			.andExpect(content().string(containsString("Enter between 0 and 5,000 characters.")));
		// Comments.
		long published = cases.published(organisation, editor, secretariat);
		mvc.perform(post("/cases/" + published + "/comments").with(csrf()).with(as(people.member()))
			.param("text", tooLong(mark, 5000)))
			.andExpect(flash().attribute("commentError", "case.comment.tooLong"));
		// News.
		mvc.perform(multipart("/admin/news").with(csrf()).with(as(secretariat))
			.param("title", tooLong(mark, 5000)).param("summary", "S.").param("body", tooLong(mark, 200_000))
			.param("publication", "DRAFT"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter between 0 and 200 characters.")))
			.andExpect(content().string(containsString("Enter between 0 and 50,000 characters.")));
		// Course, lesson and quiz question.
		mvc.perform(post("/teach/courses").with(csrf()).with(as(trainer))
			.param("title", tooLong(mark, 5000)).param("summary", "S.").param("language", "en")
			.param("level", "INTRODUCTORY").param("estimatedHours", "2"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter between 0 and 300 characters.")));
		org.urbansdg.account.Actor author = accounts.actor(trainer.id()).orElseThrow();
		long course = org.urbansdg.learning.CourseTestData.course(courses, author, "Lengths", "S.", "en", false);
		long module = courses.authored(author, course).getModules().get(0).getId();
		mvc.perform(post("/teach/courses/" + course + "/modules/" + module + "/lessons").with(csrf()).with(as(trainer))
			.param("title", "Lesson").param("body", tooLong(mark, 200_000)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter between 0 and 100,000 characters.")));
		mvc.perform(post("/teach/courses/" + course + "/modules/" + module + "/questions").with(csrf()).with(as(trainer))
			.param("text", tooLong(mark, 5000)).param("options", "*Yes\nNo"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter between 0 and 2,000 characters.")));
		// Profile.
		mvc.perform(post("/account/profile").with(csrf()).with(as(people.member()))
			.param("displayName", tooLong(mark, 5000)).param("jobTitle", tooLong(mark, 200_000)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter between 0 and 120 characters.")));

		assertThat(stored(mark)).as("any of it stored").isFalse();
		// The search for the mark would find it.
		mvc.perform(post("/account/profile").with(csrf()).with(as(editor)).param("displayName", "Editor")
			.param("jobTitle", mark));
		assertThat(stored(mark)).isTrue();
	}

	@Test
	void formRecordsHaveNoPrimitiveComponents() throws Exception {
		// A primitive cannot be left out: a request without it (an unticked box without its marker) made no form, and
		// the handler failed with a 500 instead of answering with the form's messages.
		List<String> primitives = new ArrayList<>();
		for (Class<?> form : formRecords()) {
			for (RecordComponent component : form.getRecordComponents()) {
				if (component.getType().isPrimitive()) {
					primitives.add(form.getSimpleName() + "." + component.getName());
				}
			}
		}
		assertThat(primitives).isEmpty();
	}

	@Test
	void everyPlainTextParameterOfAPostSaysHowItsLengthIsKept() {
		Set<String> found = new TreeSet<>();
		handlers.getHandlerMethods().forEach((info, method) -> {
			if (!info.getMethodsCondition().getMethods().contains(RequestMethod.POST)) {
				return;
			}
			for (MethodParameter parameter : method.getMethodParameters()) {
				RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
				boolean text = parameter.getParameterType() == String.class
						|| List.class.isAssignableFrom(parameter.getParameterType())
								&& parameter.getGenericParameterType().getTypeName().endsWith("<java.lang.String>");
				// A map of every parameter: the handler picks texts from it by name (the theme names per language).
				boolean all = Map.class.isAssignableFrom(parameter.getParameterType());
				if (param != null && (text || all)) {
					found.add(key(method, parameter));
				}
			}
		});
		assertThat(found).contains("EventController.register.answers", "ReviewController.returnToEditor.comment");
		assertThat(found).as("parameters without an entry in PARAMETERS").isSubsetOf(PARAMETERS.keySet());
		assertThat(PARAMETERS.keySet()).as("entries without a parameter").isSubsetOf(found);
	}

	private static String key(HandlerMethod method, MethodParameter parameter) {
		parameter.initParameterNameDiscovery(new org.springframework.core.DefaultParameterNameDiscoverer());
		return method.getBeanType().getSimpleName() + "." + method.getMethod().getName() + "."
				+ parameter.getParameterName();
	}
}
