package org.partnernetwork.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** Starts fake services (a tiny HTTP server each) the way real ones are started. */
class PlatformLifecycleTest {

	@TempDir
	Path workDir;

	@Test
	void shouldStartTheServicesThenTheGatewayRestartOneAndStopThemAll() throws Exception {
		PlatformConfig config = PlatformConfig.defaults(workDir)
			.withRandomPorts()
			.withWorkDir(workDir)
			.withParts(List.of(Parts.ORGANISATION_SERVICE, Parts.REFERRAL_SERVICE, Parts.VOCATIONAL_SERVICE,
					Parts.GATEWAY));
		for (String part : config.parts()) {
			config = config.withCommand(part, fakeService());
		}
		List<String> progress = new CopyOnWriteArrayList<>();

		Platform platform = Platform.start(config, progress::add);
		List<PartProcess> processes;
		try {
			PlatformUrls urls = platform.urls();
			assertThat(readyLines(progress)).hasSize(4).last().asString().startsWith("  gateway is ready");
			assertThat(Files.readString(config.logFile(Parts.ORGANISATION_SERVICE)))
				.contains("listening on " + config.ports().organisationService())
				.contains("KEYCLOAK_URL=" + urls.keycloak())
				.contains("REFERRAL_SERVICE_URL=" + urls.referralService())
				.contains("SEARCH_INDEX_DIR=" + workDir.toAbsolutePath().normalize().resolve("search-index"));
			processes = platform.processes();
			assertThat(processes).extracting(PartProcess::part).containsExactlyInAnyOrderElementsOf(config.parts());

			platform.stopPart(Parts.ORGANISATION_SERVICE);
			assertThat(answers(urls.organisationService())).isFalse();
			assertThat(answers(urls.referralService())).isTrue();

			platform.startPart(Parts.ORGANISATION_SERVICE);
			assertThat(answers(urls.organisationService())).isTrue();
		}
		finally {
			platform.stop();
		}
		assertThat(processes).allSatisfy(
				p -> assertThat(ProcessHandle.of(p.pid()).map(ProcessHandle::isAlive).orElse(false)).as(p.part())
					.isFalse());
		assertThat(progress).contains("Stopping gateway",
				"Stopping organisation-service, referral-service, vocational-service");
	}

	private static List<String> fakeService() throws URISyntaxException {
		Path source = Path.of(PlatformLifecycleTest.class.getResource("/FakeService.java").toURI());
		return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx32m",
				source.toString());
	}

	private static List<String> readyLines(List<String> progress) {
		return new ArrayList<>(progress.stream().filter(line -> line.contains(" is ready")).toList());
	}

	private static boolean answers(String baseUrl) throws IOException {
		return HttpProbe.answersOk(URI.create(baseUrl + "/actuator/health"));
	}

}
