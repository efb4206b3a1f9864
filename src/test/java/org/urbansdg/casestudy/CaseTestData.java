package org.urbansdg.casestudy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.validation.BeanPropertyBindingResult;
import org.urbansdg.account.Accounts;
import org.urbansdg.account.Actor;
import org.urbansdg.member.Members;

/** Makes complete cases through the workflow, as the person with the given e-mail address. */
@TestComponent
public class CaseTestData {

	private final CaseWorkflow workflow;

	private final Accounts accounts;

	private final Members members;

	CaseTestData(CaseWorkflow workflow, Accounts accounts, Members members) {
		this.workflow = workflow;
		this.accounts = accounts;
		this.members = members;
	}

	public long draft(String editorEmail) {
		Map<String, String> sections = new LinkedHashMap<>();
		sections.put(CaseSection.BACKGROUND.key(), "Congestion.");
		sections.put(CaseSection.OBJECTIVES.key(), "Faster buses.");
		sections.put(CaseSection.STRATEGY.key(), "Lanes, then fares.");
		sections.put(CaseSection.STAKEHOLDERS.key(), "Transit agency.");
		sections.put(CaseSection.FUNDING_SOURCES.key(), "City budget.");
		sections.put(CaseSection.STAFFING.key(), "Five planners.");
		sections.put(CaseSection.RESULTS.key(), "Ridership up a fifth.");
		sections.put(CaseSection.OBSTACLES.key(), "Parking opposition.");
		sections.put(CaseSection.SUCCESS_FACTORS.key(), "Data.");
		sections.put(CaseSection.LESSONS.key(), "Start small.");
		CaseForm form = new CaseForm("Bus lanes for a growing district", "Priority lanes and integrated fares.",
				members.cities().get(0).getId(), "en", "11.2", List.of("3.6"), List.of("mobility"), sections, null,
				null, null, null, "Mobility Division", "mobility@example.org", "", "");
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "form");
		CaseContent content = workflow.resolve(form, errors).orElseThrow(() -> new IllegalStateException(errors.toString()));
		return workflow.create(actor(editorEmail), content);
	}

	/** A published case with these texts (the body becomes its background) in the editor's first city. */
	public long published(String editorEmail, String secretariatEmail, String language, String title, String summary,
			String body) {
		Map<String, String> sections = new LinkedHashMap<>();
		sections.put(CaseSection.BACKGROUND.key(), body);
		sections.put(CaseSection.STRATEGY.key(), "Lanes, then fares.");
		sections.put(CaseSection.RESULTS.key(), "Ridership up a fifth.");
		sections.put(CaseSection.LESSONS.key(), "Start small.");
		CaseForm form = new CaseForm(title, summary, members.cities().get(0).getId(), language, "11.2",
				List.of("3.6"), List.of("mobility"), sections, java.time.LocalDate.of(2019, 3, 1), null,
				new java.math.BigDecimal("700000000"), "KRW", null, null, "", "");
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "form");
		CaseContent content = workflow.resolve(form, errors).orElseThrow(() -> new IllegalStateException(errors.toString()));
		long id = workflow.create(actor(editorEmail), content);
		submit(editorEmail, id);
		publish(secretariatEmail, id);
		return id;
	}

	public void submit(String editorEmail, long id) {
		workflow.submit(actor(editorEmail), id);
	}

	public void publish(String secretariatEmail, long id) {
		workflow.publish(actor(secretariatEmail), id);
	}

	private Actor actor(String email) {
		return accounts.actor(email).orElseThrow();
	}
}
