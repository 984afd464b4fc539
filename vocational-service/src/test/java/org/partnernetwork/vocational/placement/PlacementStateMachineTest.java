package org.partnernetwork.vocational.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.partnernetwork.support.domain.DomainException;
import org.partnernetwork.vocational.placement.PlacementEntity.NewPlacement;

/**
 * The placement's state machine, transition by transition (DESIGN.md, "Vocational
 * placement").
 */
class PlacementStateMachineTest {

	private static final Instant NOW = Instant.parse("2026-11-24T08:00:00Z");

	private static final LocalDate TODAY = LocalDate.parse("2026-11-24");

	private static PlacementEntity requested() {
		return new PlacementEntity(UUID.randomUUID(), new NewPlacement(UUID.randomUUID(), "kandal-vtc", "tdh-nl",
				"dara.tdh", "user-1", "sealed", 16, "male", null, null, null), NOW);
	}

	/**
	 * Walks a path of actions from a new request, each by the side that takes it, and
	 * answers where it ends.
	 */
	private static PlacementEntity walk(String path) {
		var placement = requested();
		for (String step : path.split(" ")) {
			PlacementAction action = PlacementAction.valueOf(step);
			placement.apply(action, action.side(), "CODE", action == PlacementAction.OFFER ? TODAY.plusDays(3) : null,
					TODAY, TODAY, NOW);
		}
		return placement;
	}

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource({ "OFFER, OFFERED", "DECLINE, DECLINED", "WITHDRAW, WITHDRAWN", "OFFER WITHDRAW, WITHDRAWN",
			"OFFER ENROL, ENROLLED", "OFFER ENROL COMPLETE, COMPLETED", "OFFER ENROL DROP_OUT, DROPPED_OUT" })
	void shouldFollowTheDesignedTransitions(String path, PlacementStatus end) {
		assertThat(walk(path).status()).isEqualTo(end);
	}

	@ParameterizedTest(name = "{0} is refused")
	@CsvSource({ "ENROL", "COMPLETE", "DROP_OUT", "OFFER OFFER", "OFFER DECLINE", "OFFER ENROL WITHDRAW",
			"OFFER ENROL ENROL", "DECLINE OFFER", "WITHDRAW OFFER", "OFFER ENROL COMPLETE DROP_OUT",
			"OFFER ENROL DROP_OUT COMPLETE", "OFFER ENROL COMPLETE ENROL" })
	void shouldRefuseTransitionsTheDesignDoesNotHave(String path) {
		assertThatThrownBy(() -> walk(path)).isInstanceOf(DomainException.class)
			.satisfies(ex -> assertThat(((DomainException) ex).code()).isEqualTo("invalid-transition"));
	}

	@Test
	void shouldKeepEachSideToItsOwnActions() {
		var placement = requested();
		assertThatThrownBy(() -> placement.apply(PlacementAction.OFFER, Side.REQUESTER, null, TODAY, TODAY, TODAY, NOW))
			.satisfies(ex -> assertThat(((DomainException) ex).code()).isEqualTo("wrong-side"));
		assertThatThrownBy(() -> placement.apply(PlacementAction.WITHDRAW, Side.CENTRE, null, null, TODAY, TODAY, NOW))
			.satisfies(ex -> assertThat(((DomainException) ex).code()).isEqualTo("wrong-side"));
		assertThat(placement.status()).isEqualTo(PlacementStatus.REQUESTED);
	}

	@Test
	void shouldExpireAnOfferOnlyOnceItsHoldHasLapsed() {
		var placement = walk("OFFER");
		LocalDate lastDayHeld = TODAY.plusDays(3);

		assertThatThrownBy(() -> placement.apply(PlacementAction.EXPIRE, null, null, null, lastDayHeld, null, NOW))
			.isInstanceOf(DomainException.class);
		assertThat(placement.isLapsed(lastDayHeld)).isFalse();
		placement.apply(PlacementAction.EXPIRE, null, null, null, lastDayHeld.plusDays(1), null, NOW);
		assertThat(placement.status()).isEqualTo(PlacementStatus.EXPIRED);
		assertThat(placement.closureCode()).isEqualTo(PlacementCodes.HOLD_LAPSED);
	}

	@Test
	void shouldHoldASeatWhileOfferedOrEnrolledOnly() {
		assertThat(walk("OFFER").status().holdsSeat()).isTrue();
		assertThat(walk("OFFER ENROL").status().holdsSeat()).isTrue();
		for (String ended : new String[] { "DECLINE", "OFFER WITHDRAW", "OFFER ENROL COMPLETE",
				"OFFER ENROL DROP_OUT" }) {
			assertThat(walk(ended).status().holdsSeat()).as(ended).isFalse();
		}
		assertThat(requested().status().holdsSeat()).isFalse();
	}

	@Test
	void shouldRecordTheCodeAndTheEventForTheReferralOfEachEnding() {
		var completed = walk("OFFER ENROL COMPLETE");
		assertThat(completed.closureCode()).isEqualTo("CODE");
		assertThat(completed.closedAt()).isEqualTo(NOW);
		assertThat(PlacementAction.ENROL.timelineEvent()).isEqualTo("PLACEMENT_ENROLLED");
		assertThat(PlacementAction.COMPLETE.timelineEvent()).isEqualTo("PLACEMENT_COMPLETED");
		assertThat(PlacementAction.DROP_OUT.timelineEvent()).isEqualTo("PLACEMENT_DROPPED_OUT");
		assertThat(PlacementAction.OFFER.timelineEvent()).isNull();
	}

}
