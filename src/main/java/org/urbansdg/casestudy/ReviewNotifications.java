package org.urbansdg.casestudy;

import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.urbansdg.account.Accounts;
import org.urbansdg.shared.Mailer;

/**
 * Tells the people concerned by e-mail about each step: a submission goes to the organisation's focal points and
 * the secretariat, a decision to the editors; once a year the editors are asked to confirm each published case is
 * still current. Runs after the deciding transaction commits, through the event
 * registry, so a failed mail never undoes a decision and no notification is lost on a crash.
 */
@Component
class ReviewNotifications {

	private final Accounts accounts;

	private final Mailer mailer;

	private final MessageSource messages;

	private final CaseWorkflow workflow;

	ReviewNotifications(Accounts accounts, Mailer mailer, MessageSource messages, CaseWorkflow workflow) {
		this.accounts = accounts;
		this.mailer = mailer;
		this.messages = messages;
		this.workflow = workflow;
	}

	@ApplicationModuleListener
	void on(CaseStudySubmitted event) {
		Object[] arguments = { event.title(), mailer.link("/cases/" + event.caseStudyId()) };
		send(accounts.focalPoints(event.organisationId()), "case.mail.signOff.subject", "case.mail.signOff.body",
				arguments);
		send(accounts.secretariat(), "case.mail.submitted.subject", "case.mail.submitted.body", arguments);
	}

	@ApplicationModuleListener
	void on(CaseStudyPublished event) {
		send(event.organisationId(), "case.mail.published.subject", "case.mail.published.body", event.title(),
				mailer.link("/cases/" + event.caseStudyId()));
	}

	@ApplicationModuleListener
	void on(CaseStudyReturned event) {
		send(event.organisationId(), "case.mail.returned.subject", "case.mail.returned.body", event.title(),
				mailer.link("/workspace/cases/" + event.caseStudyId() + "/edit"), event.comment());
	}

	/** Asks the editors of each case due for its yearly check to confirm it ({@link CaseJobs} runs it). */
	void remindToVerify() {
		for (CaseStudy c : workflow.takeDueForVerification()) {
			send(c.getOrganisation().getId(), "case.mail.verify.subject", "case.mail.verify.body", c.getTitle(),
					mailer.link("/cases/" + c.getId()));
		}
	}

	private void send(long organisationId, String subjectKey, String bodyKey, Object... arguments) {
		send(accounts.editors(organisationId), subjectKey, bodyKey, arguments);
	}

	private void send(java.util.List<Accounts.Recipient> recipients, String subjectKey, String bodyKey,
			Object... arguments) {
		for (Accounts.Recipient to : recipients) {
			mailer.send(to.email(), messages.getMessage(subjectKey, arguments, to.locale()),
					messages.getMessage(bodyKey, arguments, to.locale()));
		}
	}
}
