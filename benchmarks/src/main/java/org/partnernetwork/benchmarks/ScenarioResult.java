package org.partnernetwork.benchmarks;

import java.util.List;

/**
 * What one scenario gave.
 *
 * @param scenario the search
 * @param probe whether the endpoint answers as the contract says (if not, nothing was
 * measured)
 * @param gateway the measured run through the gateway, or {@code null}
 * @param direct the measured run straight at the service, or {@code null}
 * @param plans the query plans
 * @param plansCaptured whether the plans are of the SQL the service ran (else of the
 * expected SQL)
 */
record ScenarioResult(Scenario scenario, ScenarioProbe.Outcome probe, RouteResult gateway, RouteResult direct,
		List<QueryPlans.Plan> plans, boolean plansCaptured) {

	/** A measured run, or why there is none (every warm-up request failed). */
	record RouteResult(RunStats stats, String failure) {

		boolean clean() {
			return failure == null && stats != null && stats.errors() == 0;
		}
	}

	boolean measured() {
		return probe.available();
	}

	/**
	 * Nothing failed: either measured without errors, or not measured because the
	 * endpoint is not there yet.
	 */
	boolean clean() {
		return measured() ? gateway.clean() && direct.clean() : !probe.failed();
	}

	boolean usesIndexes() {
		return plans.stream().allMatch(QueryPlans.Plan::indexDriven);
	}
}
