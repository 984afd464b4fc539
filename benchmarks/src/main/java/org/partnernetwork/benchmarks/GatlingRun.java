package org.partnernetwork.benchmarks;

import java.nio.file.Path;

import io.gatling.app.Gatling$;

/**
 * Runs {@link PlatformLoadSimulation} in this JVM with Gatling, which reads its settings
 * from {@code gatling.conf}.
 */
final class GatlingRun {

	private GatlingRun() {
	}

	static Path resultsFolder(Path root) {
		return root.resolve("benchmarks").resolve("target").resolve("gatling");
	}

	/** Gatling's exit code: 0 when the simulation ran. */
	static int run(LoadPlan plan, Path root) {
		LoadPlan.use(plan);
		return Gatling$.MODULE$
			.fromArgs(new String[] { "--simulation", PlatformLoadSimulation.class.getName(), "--results-folder",
					resultsFolder(root).toString(), "--run-description", "Partner Network: gateway against direct" });
	}

}
