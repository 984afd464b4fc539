package org.partnernetwork.vocational.placement;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.partnernetwork.support.web.Box;
import org.partnernetwork.vocational.placement.PlacementCodes.DropOutReason;
import org.partnernetwork.vocational.placement.PlacementCodes.Outcome;
import org.partnernetwork.vocational.placement.PlacementRepository.Tally;
import org.partnernetwork.vocational.placement.PlacementViews.OutcomeSummary;

/**
 * Adds up a centre's placements, or those an organisation asked for, by state and closure
 * code; every outcome and reason is listed, zeros too.
 */
final class OutcomeTally {

	private OutcomeTally() {
	}

	static OutcomeSummary of(Box box, String organisation, List<Tally> tallies) {
		Map<PlacementStatus, Long> byStatus = new EnumMap<>(PlacementStatus.class);
		Map<String, Long> outcomes = zeros(Outcome.values());
		Map<String, Long> dropOuts = zeros(DropOutReason.values());
		for (Tally tally : tallies) {
			byStatus.merge(tally.status(), tally.count(), Long::sum);
			if (tally.status() == PlacementStatus.COMPLETED && tally.closureCode() != null) {
				outcomes.merge(tally.closureCode(), tally.count(), Long::sum);
			}
			if (tally.status() == PlacementStatus.DROPPED_OUT && tally.closureCode() != null) {
				dropOuts.merge(tally.closureCode(), tally.count(), Long::sum);
			}
		}
		long requests = byStatus.values().stream().mapToLong(Long::longValue).sum();
		long completed = count(byStatus, PlacementStatus.COMPLETED);
		long droppedOut = count(byStatus, PlacementStatus.DROPPED_OUT);
		long inTraining = count(byStatus, PlacementStatus.ENROLLED);
		return new OutcomeSummary(box.code(), organisation, box == Box.INCOMING ? organisation : null, requests,
				count(byStatus, PlacementStatus.REQUESTED), count(byStatus, PlacementStatus.OFFERED),
				inTraining + completed + droppedOut, inTraining, completed, outcomes, droppedOut, dropOuts,
				count(byStatus, PlacementStatus.DECLINED), count(byStatus, PlacementStatus.WITHDRAWN),
				count(byStatus, PlacementStatus.EXPIRED));
	}

	private static Map<String, Long> zeros(Enum<?>[] codes) {
		Map<String, Long> counts = new LinkedHashMap<>();
		Arrays.stream(codes).forEach(code -> counts.put(code.name(), 0L));
		return counts;
	}

	private static long count(Map<PlacementStatus, Long> byStatus, PlacementStatus status) {
		return byStatus.getOrDefault(status, 0L);
	}

}
