package org.partnernetwork.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link Platform#killPart} ends a part as a crash would: its process dies at once,
 * without the orderly shutdown {@link Platform#stopPart} gives it, the platform does not
 * report it as failed by itself, and {@link Platform#startPart} brings it back.
 */
class PlatformKillPartTest {

	@TempDir
	Path workDir;

	@Test
	void shouldKillAPartWithoutAnOrderlyShutdownAndStartItAgain() throws Exception {
		PlatformConfig config = PlatformConfig.defaults(workDir)
			.withRandomPorts()
			.withWorkDir(workDir)
			.withParts(List.of(Parts.ORGANISATION_SERVICE, Parts.REFERRAL_SERVICE))
			.withCommand(Parts.ORGANISATION_SERVICE, fakeService())
			.withCommand(Parts.REFERRAL_SERVICE, fakeService());
		Platform platform = Platform.start(config, line -> {
		});
		try {
			PlatformUrls urls = platform.urls();
			long killed = pidOf(platform, Parts.ORGANISATION_SERVICE);

			platform.killPart(Parts.ORGANISATION_SERVICE);

			assertThat(ProcessHandle.of(killed).map(ProcessHandle::isAlive).orElse(false)).isFalse();
			assertThat(answers(urls.organisationService())).isFalse();
			assertThat(answers(urls.referralService())).isTrue();
			assertThat(Files.readString(config.logFile(Parts.ORGANISATION_SERVICE)))
				.as("no shutdown hook ran: it was killed, not stopped")
				.doesNotContain("stopping in order");
			assertThat(platform.failures()).isEmpty();

			platform.startPart(Parts.ORGANISATION_SERVICE);
			assertThat(answers(urls.organisationService())).isTrue();

			platform.stopPart(Parts.REFERRAL_SERVICE);
			assertThat(Files.readString(config.logFile(Parts.REFERRAL_SERVICE))).as("an orderly stop, for contrast")
				.contains("stopping in order");
		}
		finally {
			platform.stop();
		}
	}

	private static long pidOf(Platform platform, String part) {
		return platform.processes().stream().filter(p -> p.part().equals(part)).findFirst().orElseThrow().pid();
	}

	private static List<String> fakeService() throws URISyntaxException {
		Path source = Path.of(PlatformKillPartTest.class.getResource("/FakeService.java").toURI());
		return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx32m",
				source.toString());
	}

	private static boolean answers(String baseUrl) throws IOException {
		return HttpProbe.answersOk(URI.create(baseUrl + "/actuator/health"));
	}

}
