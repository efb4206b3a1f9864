package org.urbansdg.cooperation;

import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.urbansdg.shared.DomainException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The statuses of a request and the steps between them, without Spring. */
class CooperationRequestTests {

	static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

	static CooperationRequest requested() {
		return new CooperationRequest(10, 1, 2, 99, null, Set.of(HelpKind.CALL, HelpKind.STUDY_VISIT),
				"Cleaner buses on our main corridor",
				new CooperationRequest.Context(PopulationBand.FROM_1M_TO_5M, BudgetBand.UNDER_50K, "Southeast Asia",
						Set.of("11.2"), null),
				"en", Timeframe.WITHIN_A_YEAR, NOW);
	}

	static CooperationRequest inProgress() {
		CooperationRequest request = requested();
		request.accept(5, null, NOW);
		request.start(NOW);
		return request;
	}

	@Test
	void aNewRequestIsRequestedWithWhatWasAsked() {
		CooperationRequest request = requested();
		assertThat(request.getStatus()).isEqualTo(RequestStatus.REQUESTED);
		assertThat(request.getHelp()).containsExactlyInAnyOrder(HelpKind.CALL, HelpKind.STUDY_VISIT);
		assertThat(request.getRequestedAt()).isEqualTo(NOW);
		assertThat(request.wasAccepted()).isFalse();
	}

	@Test
	void anOrganisationCannotAskItself() {
		assertThatThrownBy(() -> new CooperationRequest(10, 1, 1, 99, null, Set.of(HelpKind.CALL), "Aim",
				new CooperationRequest.Context(null, null, null, Set.of(), null), "en", Timeframe.LONGER, NOW))
			.isInstanceOf(DomainException.class).hasMessage("cooperation.ask.ownOrganisation");
	}

	@Test
	void aRequestNeedsAKindOfHelpAndAnAim() {
		var context = new CooperationRequest.Context(null, null, null, Set.of(), null);
		assertThatThrownBy(() -> new CooperationRequest(10, 1, 2, 99, null, Set.of(), "Aim", context, "en",
				Timeframe.LONGER, NOW)).hasMessage("cooperation.ask.helpMissing");
		assertThatThrownBy(() -> new CooperationRequest(10, 1, 2, 99, null, Set.of(HelpKind.CALL), "  ", context,
				"en", Timeframe.LONGER, NOW)).hasMessage("cooperation.ask.aimMissing");
	}

	@Test
	void acceptedThenStartedThenClosedWithAnOutcome() {
		CooperationRequest request = requested();
		request.accept(5, 7L, NOW);
		assertThat(request.getStatus()).isEqualTo(RequestStatus.ACCEPTED);
		assertThat(request.getContactUserId()).isEqualTo(7L);
		assertThat(request.getAnsweredBy()).isEqualTo(5L);
		assertThat(request.wasAccepted()).isTrue();
		request.start(NOW.plusSeconds(60));
		assertThat(request.getStatus()).isEqualTo(RequestStatus.IN_PROGRESS);
		request.close(Outcome.ADAPTED, " Adapted the lanes ", "", 42L, NOW.plusSeconds(120));
		assertThat(request.getStatus()).isEqualTo(RequestStatus.CLOSED);
		assertThat(request.getOutcome()).isEqualTo(Outcome.ADAPTED);
		assertThat(request.getOutcomeNote()).isEqualTo("Adapted the lanes");
		assertThat(request.getOutcomeFigures()).isNull();
		assertThat(request.getAdaptedCaseStudyId()).isEqualTo(42L);
		assertThat(request.getClosedAt()).isEqualTo(NOW.plusSeconds(120));
	}

	@Test
	void aDeclineNeedsAReasonAndEndsTheRequest() {
		CooperationRequest request = requested();
		assertThatThrownBy(() -> request.decline(5, " ", NOW)).hasMessage("cooperation.decline.reasonMissing");
		assertThat(request.getStatus()).isEqualTo(RequestStatus.REQUESTED);
		assertThatThrownBy(() -> request.decline(5, "x".repeat(CooperationRequest.MAX_REASON + 1), NOW))
			.hasMessage("cooperation.decline.reasonTooLong");
		request.decline(5, "No staff this year", NOW);
		assertThat(request.getStatus()).isEqualTo(RequestStatus.DECLINED);
		assertThat(request.getDeclineReason()).isEqualTo("No staff this year");
		assertThatThrownBy(() -> request.accept(5, null, NOW)).hasMessage("cooperation.transition.notRequested");
		assertThatThrownBy(() -> request.withdraw(NOW)).hasMessage("cooperation.transition.notWithdrawable");
		assertThat(request.getStatus()).isEqualTo(RequestStatus.DECLINED);
	}

	@Test
	void onlyARequestNotYetAnsweredCanBeWithdrawn() {
		CooperationRequest request = requested();
		request.withdraw(NOW);
		assertThat(request.getStatus()).isEqualTo(RequestStatus.WITHDRAWN);
		assertThatThrownBy(() -> request.accept(5, null, NOW)).hasMessage("cooperation.transition.notRequested");
		CooperationRequest accepted = requested();
		accepted.accept(5, null, NOW);
		assertThatThrownBy(() -> accepted.withdraw(NOW)).hasMessage("cooperation.transition.notWithdrawable");
		assertThat(accepted.getStatus()).isEqualTo(RequestStatus.ACCEPTED);
	}

	@Test
	void illegalStepsAreRefusedWithWhatIsWrong() {
		CooperationRequest request = requested();
		assertThatThrownBy(() -> request.start(NOW)).hasMessage("cooperation.transition.notAccepted");
		assertThatThrownBy(() -> request.close(Outcome.REPLICATED, null, null, null, NOW))
			.hasMessage("cooperation.transition.notInProgress");
		assertThatThrownBy(() -> request.agreeToPublish(true, NOW)).hasMessage("cooperation.transition.notClosed");
		assertThat(request.getStatus()).isEqualTo(RequestStatus.REQUESTED);
		CooperationRequest working = inProgress();
		assertThatThrownBy(() -> working.start(NOW)).hasMessage("cooperation.transition.notAccepted");
		assertThatThrownBy(() -> working.close(null, null, null, null, NOW)).hasMessage("cooperation.close.outcomeMissing");
		assertThat(working.getStatus()).isEqualTo(RequestStatus.IN_PROGRESS);
		working.close(Outcome.INSPIRED, null, null, null, NOW);
		assertThatThrownBy(() -> working.close(Outcome.REPLICATED, null, null, null, NOW))
			.hasMessage("cooperation.transition.notInProgress");
		assertThat(working.getOutcome()).isEqualTo(Outcome.INSPIRED);
	}

	@Test
	void anOutcomeIsPublicOnlyWithBothConsentsAndOnlyReplicationsAndAdaptationsAreAnnounced() {
		CooperationRequest request = inProgress();
		request.close(Outcome.REPLICATED, null, null, null, NOW);
		request.agreeToPublish(true, NOW);
		request.agreeToPublish(true, NOW.plusSeconds(5));
		assertThat(request.getOwnerAgreedToPublishAt()).isEqualTo(NOW);
		assertThat(request.isPublic()).isFalse();
		assertThat(request.isTakenUpToAnnounce()).isFalse();
		request.agreeToPublish(false, NOW);
		assertThat(request.isPublic()).isTrue();
		assertThat(request.isTakenUpToAnnounce()).isTrue();
		request.takenUpAnnounced(NOW);
		assertThat(request.isTakenUpToAnnounce()).isFalse();

		CooperationRequest inspired = inProgress();
		inspired.close(Outcome.INSPIRED, null, null, null, NOW);
		inspired.agreeToPublish(true, NOW);
		inspired.agreeToPublish(false, NOW);
		assertThat(inspired.isPublic()).isTrue();
		assertThat(inspired.isTakenUpToAnnounce()).isFalse();
	}
}
