package org.partnernetwork.referral.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.partnernetwork.referral.consent.Consent;
import org.partnernetwork.referral.consent.ConsentGiver;
import org.partnernetwork.support.domain.DomainException;

/** The referral's state machine, transition by transition (DESIGN.md, "Referral"). */
class ReferralStateMachineTest {

	private static final Instant NOW = Instant.parse("2026-11-24T08:00:00Z");

	/**
	 * A draft to tdh-nl for counselling; its consent covers that, unless the test gave it
	 * another scope.
	 */
	private static ReferralEntity referral(ReferralKind kind, Consent consent) {
		var child = new ChildDetails("male", 12, null, "KH-8", List.of("km"));
		Consent scoped = consent == null || consent.receiverOrganisation() != null ? consent
				: consent.covering("tdh-nl", "psychosocial-counselling");
		return new ReferralEntity(
				UUID.randomUUID(), new ReferralEntity.NewReferral(kind, "aple", "tdh-nl", "psychosocial-counselling",
						"sealed", child, Urgency.HIGH, RiskLevel.MEDIUM, "sealed", scoped, "sophea.aple", "user-1"),
				NOW);
	}

	private static ReferralEntity sent() {
		var referral = referral(ReferralKind.SERVICE,
				Consent.given(ConsentGiver.CAREGIVER, true, NOW.minusSeconds(60), "sophea.aple", null));
		referral.apply(ReferralAction.SEND, Side.SENDER, null, NOW);
		return referral;
	}

	/** Walks a path of actions from a sent referral and answers where it ends. */
	private static ReferralStatus walk(String path) {
		var referral = sent();
		for (String step : path.split(" ")) {
			ReferralAction action = ReferralAction.valueOf(step);
			Side side = action.allowedFor(Side.RECEIVER) ? Side.RECEIVER : Side.SENDER;
			referral.apply(action, side, "CODE", NOW);
		}
		return referral.status();
	}

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource({ "ACCEPT, ACCEPTED", "DECLINE, DECLINED", "REQUEST_INFO, INFO_REQUESTED",
			"REQUEST_INFO PROVIDE_INFO, REQUESTED", "REQUEST_INFO ACCEPT, ACCEPTED", "REQUEST_INFO DECLINE, DECLINED",
			"ACCEPT START, IN_PROGRESS", "ACCEPT START COMPLETE, COMPLETED", "ACCEPT FAIL, FAILED",
			"ACCEPT START FAIL, FAILED", "CANCEL, CANCELLED", "ACCEPT START CANCEL, CANCELLED",
			"ACCEPT WITHDRAW_CONSENT, CANCELLED", "REQUEST_INFO CANCEL, CANCELLED" })
	void shouldFollowTheDesignedTransitions(String path, ReferralStatus end) {
		assertThat(walk(path)).isEqualTo(end);
	}

	@ParameterizedTest(name = "{0} is refused")
	@CsvSource({ "START", "COMPLETE", "PROVIDE_INFO", "ACCEPT ACCEPT", "ACCEPT REQUEST_INFO", "ACCEPT DECLINE",
			"DECLINE ACCEPT", "ACCEPT START COMPLETE FAIL", "CANCEL WITHDRAW_CONSENT", "ACCEPT START COMPLETE CANCEL",
			"SEND" })
	void shouldRefuseTransitionsTheDesignDoesNotHave(String path) {
		assertThatThrownBy(() -> walk(path)).isInstanceOf(DomainException.class)
			.satisfies(ex -> assertThat(((DomainException) ex).code()).isEqualTo("invalid-transition"));
	}

	@Test
	void shouldSetTheAnswerDeadlineByUrgencyAndExpireOnlyAfterIt() {
		var referral = sent();
		assertThat(referral.answerDueAt()).isEqualTo(NOW.plus(72, ChronoUnit.HOURS));
		assertThatThrownBy(() -> referral.apply(ReferralAction.EXPIRE, null, "X", NOW.plus(71, ChronoUnit.HOURS)))
			.isInstanceOf(DomainException.class);
		referral.apply(ReferralAction.EXPIRE, null, ClosureCodes.NO_ANSWER, NOW.plus(72, ChronoUnit.HOURS));
		assertThat(referral.status()).isEqualTo(ReferralStatus.EXPIRED);
		assertThat(referral.closedAt()).isEqualTo(NOW.plus(72, ChronoUnit.HOURS));
	}

	@Test
	void shouldKeepEachSideToItsOwnActions() {
		var referral = sent();
		assertThatThrownBy(() -> referral.apply(ReferralAction.ACCEPT, Side.SENDER, null, NOW))
			.satisfies(ex -> assertThat(((DomainException) ex).code()).isEqualTo("wrong-side"));
		assertThatThrownBy(() -> referral.apply(ReferralAction.CANCEL, Side.RECEIVER, "OTHER", NOW))
			.satisfies(ex -> assertThat(((DomainException) ex).code()).isEqualTo("wrong-side"));
	}

	@Test
	void shouldHandTheLeadOverWhenATransferIsAccepted() {
		var transfer = referral(ReferralKind.TRANSFER,
				Consent.given(ConsentGiver.CHILD, false, NOW, "sophea.aple", null));
		transfer.apply(ReferralAction.SEND, Side.SENDER, null, NOW);
		assertThat(transfer.leadOrganisation()).isEqualTo("aple");
		transfer.apply(ReferralAction.ACCEPT, Side.RECEIVER, null, NOW);
		assertThat(transfer.leadOrganisation()).isEqualTo("tdh-nl");
		assertThatThrownBy(() -> transfer.apply(ReferralAction.CANCEL, Side.SENDER, "OTHER", NOW))
			.satisfies(ex -> assertThat(((DomainException) ex).code()).isEqualTo("lead-handed-over"));
	}

	@ParameterizedTest(name = "consent {0} → {1}")
	@CsvSource({ "none, consent-missing", "caregiver-without-assent, consent-no-assent", "expired, consent-expired",
			"withdrawn, consent-withdrawn", "another-organisation, consent-other-scope",
			"another-service, consent-other-scope" })
	void shouldNotSendWithoutValidConsent(String consent, String problem) {
		Consent given = switch (consent) {
			case "caregiver-without-assent" -> Consent.given(ConsentGiver.CAREGIVER, false, NOW, "sophea.aple", null);
			case "expired" ->
				Consent.given(ConsentGiver.CHILD, true, NOW.minusSeconds(90), "sophea.aple", NOW.minusSeconds(30));
			case "another-organisation" -> Consent.given(ConsentGiver.CHILD, true, NOW, "sophea.aple", null)
				.covering("mith-samlanh", "psychosocial-counselling");
			case "another-service" -> Consent.given(ConsentGiver.CHILD, true, NOW, "sophea.aple", null)
				.covering("tdh-nl", "vocational-training");
			case "withdrawn" -> {
				Consent withdrawn = Consent.given(ConsentGiver.CHILD, true, NOW, "sophea.aple", null);
				withdrawn.withdraw(NOW);
				yield withdrawn;
			}
			default -> null;
		};
		var referral = referral(ReferralKind.SERVICE, given);
		assertThatThrownBy(() -> referral.apply(ReferralAction.SEND, Side.SENDER, null, NOW))
			.satisfies(ex -> assertThat(((DomainException) ex).code()).isEqualTo(problem));
		assertThat(referral.status()).isEqualTo(ReferralStatus.DRAFT);
	}

	@Test
	void shouldSendUnderASupervisorsOverride() {
		var referral = referral(ReferralKind.SERVICE, Consent.overriddenBy("sokha.aple", "sealed", NOW));
		referral.apply(ReferralAction.SEND, Side.SENDER, null, NOW);
		assertThat(referral.status()).isEqualTo(ReferralStatus.REQUESTED);
	}

}
