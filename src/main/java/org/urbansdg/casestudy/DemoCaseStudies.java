package org.urbansdg.casestudy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BeanPropertyBindingResult;
import org.urbansdg.account.Accounts;
import org.urbansdg.member.City;
import org.urbansdg.member.Members;
import org.urbansdg.member.Organisation;
import org.urbansdg.shared.DemoContent;

/**
 * The demo case studies, loaded once into an empty repository. They pass through the same checks as a form, so a
 * mistake in the demo file fails start-up loudly instead of producing odd pages.
 */
@Component
@Profile("demo")
@Order(30)
class DemoCaseStudies implements ApplicationRunner {

	private final CaseStudyRepository cases;

	private final CaseWorkflow workflow;

	private final Members members;

	private final Accounts accounts;

	private final DemoContent demo;

	DemoCaseStudies(CaseStudyRepository cases, CaseWorkflow workflow, Members members, Accounts accounts,
			DemoContent demo) {
		this.cases = cases;
		this.workflow = workflow;
		this.members = members;
		this.accounts = accounts;
		this.demo = demo;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (cases.count() > 0) {
			return;
		}
		Map<String, City> cities = new HashMap<>();
		for (Map<String, Object> c : demo.section("cities")) {
			cities.put((String) c.get("key"),
					members.cityNamed((String) c.get("name"), (String) c.get("country")).orElseThrow());
		}
		Map<String, Organisation> organisations = new HashMap<>();
		for (Map<String, Object> o : demo.section("organisations")) {
			organisations.put((String) o.get("key"), members.organisationNamed((String) o.get("name")).orElseThrow());
		}
		long author = accounts.actor("secretariat@demo.urbansdg.org").orElseThrow().userId();
		Instant now = Instant.now();
		for (Map<String, Object> m : demo.section("caseStudies")) {
			load(m, cities, organisations, author, now);
		}
	}

	@SuppressWarnings("unchecked")
	private void load(Map<String, Object> m, Map<String, City> cities, Map<String, Organisation> organisations,
			long author, Instant now) {
		List<String> targets = (List<String>) m.get("targets");
		Map<String, Object> budget = (Map<String, Object>) m.get("budget");
		// Each section is read under its key, so a new section needs no change here, only its text in the file.
		Map<String, String> sections = new LinkedHashMap<>();
		for (CaseSection section : CaseSection.values()) {
			sections.put(section.key(), text(m, section.key()));
		}
		CaseForm form = new CaseForm(text(m, "title"), text(m, "summary"), cities.get(text(m, "city")).getId(),
				text(m, "language"), targets.get(0), targets, (List<String>) m.get("themes"), sections,
				date(m.get("startDate")), date(m.get("endDate")),
				budget == null ? null : new BigDecimal(budget.get("amount").toString()),
				budget == null ? null : (String) budget.get("currency"), text(m, "contactName"),
				text(m, "contactEmail"), String.join("\n", (List<String>) m.getOrDefault("links", List.of())),
				String.join("\n", (List<String>) m.getOrDefault("videoLinks", List.of())));
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "form");
		CaseContent content = workflow.resolve(form, errors)
			.orElseThrow(() -> new IllegalStateException("Demo case '" + form.title() + "' is invalid: " + errors));
		CaseStudy c = new CaseStudy(organisations.get(text(m, "organisation")), author, content, now);
		CaseStatus status = CaseStatus.valueOf(text(m, "status"));
		if (status != CaseStatus.DRAFT) {
			c.submit(now);
		}
		if (status == CaseStatus.PUBLISHED) {
			c.publish(now);
			c.backdate(daysAgo(now, m.get("publishedDaysAgo")), daysAgo(now, m.get("verifiedDaysAgo")));
			c.feature(Boolean.TRUE.equals(m.get("featured")));
		}
		cases.save(c);
	}

	private static String text(Map<String, Object> m, String key) {
		Object value = m.get(key);
		return value == null ? null : value.toString();
	}

	private static LocalDate date(Object value) {
		if (value instanceof Date d) {
			return LocalDate.ofInstant(d.toInstant(), java.time.ZoneOffset.UTC);
		}
		return value == null ? null : LocalDate.parse(value.toString());
	}

	private static Instant daysAgo(Instant now, Object days) {
		return now.minus(Duration.ofDays(((Number) days).longValue()));
	}
}
