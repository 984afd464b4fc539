package org.partnernetwork.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Start failures with fake services: which part, why, its log, and nothing left running.
 */
class PlatformStartFailureTest {

	@TempDir
	Path workDir;

	@Test
	void shouldNameTheServiceWhoseProcessExitedShowItsLogAndStopTheOthers() throws IOException {
		Path sleeperPid = workDir.resolve("sleeper.pid");
		PlatformConfig config = fakeServices()
			.withCommand(Parts.ORGANISATION_SERVICE,
					List.of("bash", "-c", "echo $$ > " + sleeperPid + "; exec sleep 300"))
			.withCommand(Parts.REFERRAL_SERVICE, List.of("bash", "-c", "until [ -s " + sleeperPid
					+ " ]; do sleep 0.1; done; echo 'Cannot connect to the database'; exit 3"));

		PlatformStartException failure = catchThrowableOfType(PlatformStartException.class,
				() -> Platform.start(config, ProgressPrinter.silent()));

		assertThat(failure.part()).isEqualTo(Parts.REFERRAL_SERVICE);
		assertThat(failure.reason()).isEqualTo("its process exited with code 3");
		assertThat(failure.logTail()).containsExactly("Cannot connect to the database");
		assertThat(failure).hasMessageStartingWith("referral-service did not start: its process exited with code 3")
			.hasMessageContaining("Cannot connect to the database");
		long sleeper = Long.parseLong(Files.readString(sleeperPid).strip());
		assertThat(ProcessHandle.of(sleeper).map(ProcessHandle::isAlive).orElse(false))
			.as("organisation-service is stopped")
			.isFalse();
		assertThat(Files.readString(config.logFile(Parts.REFERRAL_SERVICE))).contains("Cannot connect");
	}

	@Test
	void shouldGiveUpOnAServiceThatDoesNotAnswerInTime() {
		PlatformConfig config = fakeServices().withParts(List.of(Parts.VOCATIONAL_SERVICE))
			.withCommand(Parts.VOCATIONAL_SERVICE, List.of("bash", "-c", "echo still warming up; exec sleep 300"))
			.withTimeouts(new Timeouts(Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(2)));

		PlatformStartException failure = catchThrowableOfType(PlatformStartException.class,
				() -> Platform.start(config, ProgressPrinter.silent()));

		assertThat(failure.part()).isEqualTo(Parts.VOCATIONAL_SERVICE);
		assertThat(failure.reason()).isEqualTo("not ready within 2 s");
		assertThat(failure.logTail()).containsExactly("still warming up");
	}

	@Test
	void shouldSayWhichJarIsMissingBeforeStartingAnything() {
		PlatformConfig config = PlatformConfig.defaults(workDir)
			.withRandomPorts()
			.withWorkDir(workDir)
			.withParts(List.of(Parts.GATEWAY));

		PlatformStartException failure = catchThrowableOfType(PlatformStartException.class,
				() -> Platform.start(config, ProgressPrinter.silent()));

		assertThat(failure.part()).isEqualTo(Parts.GATEWAY);
		assertThat(failure.reason()).contains("gateway/target/gateway.jar is missing");
	}

	@Test
	void shouldRefuseToStartWhenAPortIsTaken() throws IOException {
		PlatformConfig config = fakeServices().withParts(List.of(Parts.ORGANISATION_SERVICE))
			.withCommand(Parts.ORGANISATION_SERVICE, List.of("true"));

		try (ServerSocket taken = new ServerSocket(config.ports().organisationService())) {
			PlatformStartException failure = catchThrowableOfType(PlatformStartException.class,
					() -> Platform.start(config, ProgressPrinter.silent()));

			assertThat(failure.part()).isEqualTo(Parts.ORGANISATION_SERVICE);
			assertThat(failure.reason())
				.startsWith("port " + taken.getLocalPort() + " (organisation-service) is already in use");
		}
	}

	@Test
	void shouldSayWhenTheRealmFileIsMissing() {
		PlatformConfig config = fakeServices().withParts(List.of(Parts.KEYCLOAK))
			.withRealmFile(workDir.resolve("no-such-realm.json"));

		PlatformStartException failure = catchThrowableOfType(PlatformStartException.class,
				() -> Platform.start(config, ProgressPrinter.silent()));

		assertThat(failure.part()).isEqualTo(Parts.KEYCLOAK);
		assertThat(failure.reason()).contains("no-such-realm.json is missing");
	}

	private PlatformConfig fakeServices() {
		return PlatformConfig.defaults(workDir)
			.withRandomPorts()
			.withWorkDir(workDir)
			.withParts(List.of(Parts.ORGANISATION_SERVICE, Parts.REFERRAL_SERVICE));
	}

}
