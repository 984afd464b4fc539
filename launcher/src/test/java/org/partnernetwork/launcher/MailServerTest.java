package org.partnernetwork.launcher;

import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The mail part: an SMTP server on loopback whose e-mails the tests and the mail log can
 * read.
 */
class MailServerTest {

	@TempDir
	Path workDir;

	@Test
	void shouldReceiveAnEmailOnLoopbackAndShowItsLinkToTheTestsAndInTheLog() throws Exception {
		PlatformConfig config = PlatformConfig.defaults(workDir)
			.withRandomPorts()
			.withWorkDir(workDir)
			.withParts(List.of(Parts.MAIL));
		Platform platform = Platform.start(config, line -> {
		});
		try {
			GreenMailUtil.sendTextEmail("sophea.aple@example.org", "no-reply@partner-network.example.org",
					"Reset password",
					"Open http://localhost:8180/realms/x/login-actions/action-token?key=abc&client_id=gateway to reset it.",
					new ServerSetup(config.ports().mail(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

			await().atMost(Duration.ofSeconds(5)).until(() -> platform.mails().size() == 1);
			Mail mail = platform.mails().getFirst();
			assertThat(mail.to()).containsExactly("sophea.aple@example.org");
			assertThat(mail.subject()).isEqualTo("Reset password");
			assertThat(mail.links())
				.containsExactly("http://localhost:8180/realms/x/login-actions/action-token?key=abc&client_id=gateway");
			await().atMost(Duration.ofSeconds(5))
				.untilAsserted(() -> assertThat(Files.readString(config.logFile(Parts.MAIL)))
					.contains("To: sophea.aple@example.org", "Subject: Reset password", "action-token?key=abc"));
		}
		finally {
			platform.stop();
		}
		assertThat(Ports.isTaken(config.ports().mail())).as("the SMTP port is free again").isFalse();
	}

}
