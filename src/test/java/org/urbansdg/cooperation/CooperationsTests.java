package org.urbansdg.cooperation;

import java.util.List;
import java.util.Set;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.urbansdg.CaseFixtures;
import org.urbansdg.Mailbox;
import org.urbansdg.People;
import org.urbansdg.People.Person;
import org.urbansdg.PlatformTest;
import org.urbansdg.account.Accounts;
import org.urbansdg.account.Actor;
import org.urbansdg.account.Role;
import org.urbansdg.casestudy.PracticeTakenUp;
import org.urbansdg.member.Members;
import org.urbansdg.shared.DomainException;
import org.urbansdg.shared.NotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The cooperation service against the database: who may take each step, the refusals of the "bad input and
 * access" that concern requests, the mail to each side and the announcement of a practice taken up.
 */
@PlatformTest
@EnableScenarios
class CooperationsTests {

	@RegisterExtension
	static GreenMailExtension mail = Mailbox.server();

	@Autowired
	Cooperations cooperations;

	@Autowired
	CaseFixtures fixtures;

	@Autowired
	Accounts accounts;

	@Autowired
	Members members;

	@Autowired
	JdbcTemplate jdbc;

	/** Owner side: the organisation whose case it is. */
	long owner;

	Person ownerEditor;

	Person ownerFocalPoint;

	Person ownerMember;

	/** Requesting side. */
	long requester;

	Person asker;

	Person requesterEditor;

	Person secretariat;

	Person stranger;

	long caseId;

	@BeforeEach
	void setUp() {
		People people = new People(accounts, members);
		owner = people.organisation();
		ownerEditor = people.editorOf(owner);
		ownerFocalPoint = people.person(owner, Role.FOCAL_POINT);
		ownerMember = people.person(owner);
		requester = people.organisation();
		asker = people.person(requester);
		requesterEditor = people.editorOf(requester);
		secretariat = people.secretariat();
		stranger = people.editorOf(people.organisation());
		caseId = fixtures.published(owner, ownerEditor, secretariat);
	}

	Actor actor(Person person) {
		return accounts.actor(person.id()).orElseThrow();
	}

	static Cooperations.Ask ask(long caseId) {
		return new Cooperations.Ask(caseId, null, Set.of(HelpKind.STUDY_VISIT, HelpKind.CALL),
				"Private aim: cut bus emissions on Sukhumvit", PopulationBand.FROM_1M_TO_5M, BudgetBand.UNDER_50K,
				"Southeast Asia", Set.of("11.2"), "Rainy season", "en", Timeframe.WITHIN_A_YEAR);
	}

	long requests() {
		return jdbc.queryForObject("select count(*) from cooperation_request where case_study_id = ?", Long.class, caseId);
	}

	@Test
	void aMemberOfAnotherOrganisationAsksAndTheOwnersEditorsAndFocalPointsAreMailedWithoutThePrivateText() throws Exception {
		long id = cooperations.ask(actor(asker), ask(caseId));
		CooperationRequest request = cooperations.get(actor(ownerEditor), id);
		assertThat(request.getStatus()).isEqualTo(RequestStatus.REQUESTED);
		assertThat(request.getOwnerOrganisationId()).isEqualTo(owner);
		assertThat(request.getRequestingOrganisationId()).isEqualTo(requester);
		assertThat(request.getRequestedBy()).isEqualTo(asker.id());
		assertThat(request.getTargets()).containsExactly("11.2");
		for (Person told : List.of(ownerEditor, ownerFocalPoint)) {
			assertThat(Mailbox.body(mailAbout(told, id))).doesNotContain("Private aim");
		}
		assertThat(Mailbox.to(mail, ownerMember.email())).isEmpty();
	}

	@Test
	void theNewRequestMailIsInTheRecipientsLanguage() throws Exception {
		jdbc.update("update app_user set preferred_language = 'ko' where id = ?", ownerFocalPoint.id());
		long id = cooperations.ask(actor(asker), ask(caseId));
		assertThat(mailAbout(ownerFocalPoint, id).getSubject()).startsWith("새 협력 요청");
		assertThat(mailAbout(ownerEditor, id).getSubject()).startsWith("New request to learn from");
	}

	@Test
	void anOrganisationCannotAskItselfNorTwiceWhileARequestIsOpenNorAboutAnUnpublishedCase() {
		assertThatThrownBy(() -> cooperations.ask(actor(ownerMember), ask(caseId)))
			.isInstanceOf(DomainException.class).hasMessage("cooperation.ask.ownOrganisation");
		cooperations.ask(actor(asker), ask(caseId));
		assertThatThrownBy(() -> cooperations.ask(actor(requesterEditor), ask(caseId)))
			.isInstanceOf(DomainException.class).hasMessage("cooperation.ask.alreadyOpen");
		assertThat(requests()).isEqualTo(1);
		long draft = fixtures.draft(ownerEditor);
		assertThatThrownBy(() -> cooperations.ask(actor(asker), ask(draft))).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> cooperations.ask(actor(asker), ask(999_999_999L))).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> cooperations.ask(actor(secretariat), ask(caseId)))
			.isInstanceOf(DomainException.class).hasMessage("cooperation.ask.noOrganisation");
	}

	@Test
	void aClosedOrWithdrawnRequestLetsTheSameOrganisationAskAgain() {
		long first = cooperations.ask(actor(asker), ask(caseId));
		cooperations.withdraw(actor(asker), first);
		long second = cooperations.ask(actor(asker), ask(caseId));
		assertThat(second).isNotEqualTo(first);
		assertThat(requests()).isEqualTo(2);
	}

	@Test
	void anUnknownTargetIsRefused() {
		var withUnknownTarget = new Cooperations.Ask(caseId, null, Set.of(HelpKind.CALL), "Aim", null, null, null,
				Set.of("99.9"), null, "en", Timeframe.LONGER);
		assertThatThrownBy(() -> cooperations.ask(actor(asker), withUnknownTarget))
			.hasMessage("cooperation.ask.targetUnknown");
		assertThat(requests()).isZero();
	}

	@Test
	void nonPartiesAreToldNothingAndPartiesOnlyWhatTheirSideMayDo() {
		long id = cooperations.ask(actor(asker), ask(caseId));
		assertThatThrownBy(() -> cooperations.get(actor(stranger), id)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> cooperations.accept(actor(stranger), id, null)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> cooperations.withdraw(actor(stranger), id)).isInstanceOf(NotFoundException.class);
		assertThat(cooperations.get(actor(secretariat), id).getId()).isEqualTo(id);
		assertThat(cooperations.get(actor(ownerMember), id).getId()).isEqualTo(id);
		for (Person notAnswering : List.of(ownerMember, asker, requesterEditor, secretariat)) {
			assertThatThrownBy(() -> cooperations.accept(actor(notAnswering), id, null)).as(notAnswering.email())
				.hasMessage("cooperation.notAllowed");
			assertThatThrownBy(() -> cooperations.decline(actor(notAnswering), id, "No")).hasMessage("cooperation.notAllowed");
		}
		for (Person notWithdrawing : List.of(ownerEditor, ownerFocalPoint, secretariat)) {
			assertThatThrownBy(() -> cooperations.withdraw(actor(notWithdrawing), id)).hasMessage("cooperation.notAllowed");
		}
		assertThat(cooperations.get(actor(asker), id).getStatus()).isEqualTo(RequestStatus.REQUESTED);
	}

	@Test
	void theContactPersonMustBeAUserOfTheOwningOrganisation() throws Exception {
		long id = cooperations.ask(actor(asker), ask(caseId));
		assertThatThrownBy(() -> cooperations.accept(actor(ownerFocalPoint), id, asker.id()))
			.hasMessage("cooperation.accept.contactUnknown");
		assertThat(cooperations.get(actor(asker), id).getStatus()).isEqualTo(RequestStatus.REQUESTED);
		cooperations.accept(actor(ownerFocalPoint), id, ownerMember.id());
		CooperationRequest accepted = cooperations.get(actor(asker), id);
		assertThat(accepted.getStatus()).isEqualTo(RequestStatus.ACCEPTED);
		assertThat(accepted.getContactUserId()).isEqualTo(ownerMember.id());
		assertThat(mailAbout(asker, id).getSubject()).startsWith("Request accepted");
		assertThat(mailAbout(requesterEditor, id).getSubject()).startsWith("Request accepted");
	}

	@Test
	void aDeclineNeedsAReasonAndTellsTheRequesterSide() throws Exception {
		long id = cooperations.ask(actor(asker), ask(caseId));
		assertThatThrownBy(() -> cooperations.decline(actor(ownerEditor), id, "  "))
			.hasMessage("cooperation.decline.reasonMissing");
		cooperations.decline(actor(ownerEditor), id, "Private reason: no staff this year");
		assertThat(cooperations.get(actor(asker), id).getStatus()).isEqualTo(RequestStatus.DECLINED);
		MimeMessage told = mailAbout(asker, id);
		assertThat(told.getSubject()).startsWith("Request declined");
		assertThat(Mailbox.body(told)).doesNotContain("Private reason");
		assertThatThrownBy(() -> cooperations.start(actor(asker), id)).hasMessage("cooperation.transition.notAccepted");
	}

	@Test
	void anOutcomeNeedsWorkInProgressAndAnAdaptedCaseOfTheRequestingOrganisation() {
		long id = cooperations.ask(actor(asker), ask(caseId));
		var adapted = new Cooperations.Closing(Outcome.ADAPTED, "Lanes adapted", "12 km", null);
		assertThatThrownBy(() -> cooperations.close(actor(asker), id, adapted))
			.hasMessage("cooperation.transition.notInProgress");
		cooperations.accept(actor(ownerEditor), id, null);
		assertThatThrownBy(() -> cooperations.close(actor(asker), id, adapted))
			.hasMessage("cooperation.transition.notInProgress");
		cooperations.start(actor(asker), id);
		long ownersOtherCase = fixtures.draft(ownerEditor);
		assertThatThrownBy(() -> cooperations.close(actor(asker), id,
				new Cooperations.Closing(Outcome.ADAPTED, null, null, ownersOtherCase)))
			.hasMessage("cooperation.close.adaptedCaseUnknown");
		assertThatThrownBy(() -> cooperations.close(actor(ownerMember), id, adapted)).hasMessage("cooperation.notAllowed");
		assertThat(cooperations.get(actor(asker), id).getStatus()).isEqualTo(RequestStatus.IN_PROGRESS);
		long ownCase = fixtures.draft(requesterEditor);
		cooperations.close(actor(asker), id, new Cooperations.Closing(Outcome.ADAPTED, "Lanes adapted", "12 km", ownCase));
		CooperationRequest closed = cooperations.get(actor(ownerEditor), id);
		assertThat(closed.getStatus()).isEqualTo(RequestStatus.CLOSED);
		assertThat(closed.getAdaptedCaseStudyId()).isEqualTo(ownCase);
	}

	@Test
	void anAdaptationBothOrganisationsAgreedToPublishIsAnnouncedOnceWhenTheLaterConsentComes(Scenario scenario) {
		long id = cooperations.ask(actor(asker), ask(caseId));
		cooperations.accept(actor(ownerFocalPoint), id, null);
		cooperations.start(actor(ownerEditor), id);
		long ownCase = fixtures.draft(requesterEditor);
		cooperations.close(actor(requesterEditor), id, new Cooperations.Closing(Outcome.ADAPTED, null, null, ownCase));
		cooperations.agreeToPublish(actor(ownerFocalPoint), id);
		assertThat(announcedAt(id)).isNull();
		scenario.stimulate(() -> cooperations.agreeToPublish(actor(asker), id))
			.andWaitForEventOfType(PracticeTakenUp.class)
			.matching(e -> e.cooperationId() == id)
			.toArriveAndVerify(e -> {
				assertThat(e.caseStudyId()).isEqualTo(caseId);
				assertThat(e.organisationId()).isEqualTo(requester);
				assertThat(e.uptake()).isEqualTo(PracticeTakenUp.Uptake.ADAPTED);
				assertThat(e.adaptedCaseStudyId()).isEqualTo(ownCase);
				assertThat(e.countryCode()).isEqualTo("KR");
			});
		assertThat(announcedAt(id)).isNotNull();
		// Agreeing again, from either side, announces nothing more.
		scenario.stimulate(() -> {
			cooperations.agreeToPublish(actor(requesterEditor), id);
			cooperations.agreeToPublish(actor(ownerEditor), id);
		}).andWaitForStateChange(() -> true)
			.andVerifyEvents(events -> assertThat(events.ofType(PracticeTakenUp.class)
				.matching(e -> e.cooperationId() == id)).hasSize(1));
	}

	@Test
	void anOutcomeThatIsNotATakingUpIsNeverAnnounced(Scenario scenario) {
		long id = cooperations.ask(actor(asker), ask(caseId));
		cooperations.accept(actor(ownerFocalPoint), id, null);
		cooperations.start(actor(ownerEditor), id);
		cooperations.close(actor(asker), id, new Cooperations.Closing(Outcome.INSPIRED, null, null, null));
		cooperations.agreeToPublish(actor(ownerFocalPoint), id);
		scenario.stimulate(() -> cooperations.agreeToPublish(actor(asker), id))
			.andWaitForStateChange(() -> true)
			.andVerifyEvents(events -> assertThat(events.ofType(PracticeTakenUp.class)
				.matching(e -> e.cooperationId() == id)).isEmpty());
		assertThat(cooperations.get(actor(asker), id).isPublic()).isTrue();
		assertThat(announcedAt(id)).isNull();
	}

	@Test
	void consentIsOnlyForTheOrganisationsAndOnlyAfterClosing() {
		long id = cooperations.ask(actor(asker), ask(caseId));
		assertThatThrownBy(() -> cooperations.agreeToPublish(actor(ownerEditor), id))
			.hasMessage("cooperation.transition.notClosed");
		cooperations.accept(actor(ownerFocalPoint), id, null);
		cooperations.start(actor(ownerEditor), id);
		cooperations.close(actor(asker), id, new Cooperations.Closing(Outcome.REPLICATED, null, null, null));
		assertThatThrownBy(() -> cooperations.agreeToPublish(actor(ownerMember), id)).hasMessage("cooperation.notAllowed");
		assertThatThrownBy(() -> cooperations.agreeToPublish(actor(secretariat), id)).hasMessage("cooperation.notAllowed");
		assertThat(cooperations.get(actor(asker), id).getOwnerAgreedToPublishAt()).isNull();
	}

	/** The first mail to the person that links to the request (they may have had mail about the case before). */
	MimeMessage mailAbout(Person person, long id) throws Exception {
		long deadline = System.currentTimeMillis() + 30_000;
		while (System.currentTimeMillis() < deadline) {
			java.util.regex.Pattern link = java.util.regex.Pattern.compile("/cooperation/" + id + "(?!\\d)");
			for (MimeMessage message : Mailbox.to(mail, person.email())) {
				if (link.matcher(Mailbox.body(message)).find()) {
					return message;
				}
			}
			Thread.sleep(50);
		}
		throw new AssertionError("no mail about request " + id + " to " + person.email());
	}

	java.sql.Timestamp announcedAt(long id) {
		return jdbc.queryForObject("select taken_up_announced_at from cooperation_request where id = ?",
				java.sql.Timestamp.class, id);
	}
}
