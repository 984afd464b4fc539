package org.partnernetwork.launcher;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * GreenMail's SMTP server on loopback, in the launcher's JVM: where Keycloak sends its
 * e-mails (password resets) on a local start and in the tests. Nothing leaves the
 * machine; each e-mail is also written to the part's log, so a person trying the platform
 * can follow a reset link from there.
 */
final class MailServer implements Part {

	private static final Duration LOG_EVERY = Duration.ofSeconds(1);

	private final int port;

	private final Path log;

	private GreenMail greenMail;

	private Thread logger;

	MailServer(int port, Path log) {
		this.port = port;
		this.log = log;
	}

	@Override
	public String name() {
		return Parts.MAIL;
	}

	@Override
	public Duration timeout() {
		return Duration.ofSeconds(10);
	}

	@Override
	public synchronized void start() {
		if (greenMail != null) {
			return;
		}
		try {
			Files.createDirectories(log.getParent());
			Files.writeString(log, "SMTP on " + PartFactory.LOOPBACK + ":" + port + "\n");
			GreenMail server = new GreenMail(new ServerSetup(port, PartFactory.LOOPBACK, ServerSetup.PROTOCOL_SMTP));
			server.start();
			greenMail = server;
		}
		catch (IOException | RuntimeException e) {
			throw new PlatformStartException(name(),
					"could not start the SMTP server on port " + port + ": " + e.getMessage());
		}
		logger = Thread.ofVirtual().name("mail-log").start(this::logArrivals);
	}

	/** Every e-mail received so far, oldest first. */
	synchronized List<Mail> received() {
		if (greenMail == null) {
			return List.of();
		}
		return greenMail.getManagers()
			.getImapHostManager()
			.getAllMessages()
			.stream()
			.map(stored -> read(stored.getMimeMessage(), stored.getReceivedDate().toInstant()))
			.toList();
	}

	private void logArrivals() {
		int logged = 0;
		while (!Thread.currentThread().isInterrupted()) {
			List<Mail> mails = received();
			for (Mail mail : mails.subList(Math.min(logged, mails.size()), mails.size())) {
				append("%nTo: %s%nSubject: %s%n%n%s%n".formatted(String.join(", ", mail.to()), mail.subject(),
						mail.text()));
			}
			logged = mails.size();
			try {
				Thread.sleep(LOG_EVERY);
			}
			catch (InterruptedException e) {
				return;
			}
		}
	}

	private void append(String text) {
		try {
			Files.writeString(log, text, StandardOpenOption.APPEND);
		}
		catch (IOException e) {
			// the log is a convenience; the mails stay readable through Platform.mails()
		}
	}

	static Mail read(MimeMessage message, Instant received) {
		try {
			List<String> to = Arrays
				.stream(Optional.ofNullable(message.getRecipients(Message.RecipientType.TO))
					.orElse(new jakarta.mail.Address[0]))
				.map(Object::toString)
				.toList();
			return new Mail(to, message.getSubject(), text(message.getContent(), message.getContentType()), received);
		}
		catch (MessagingException e) {
			throw new IllegalStateException("Unreadable e-mail: " + e.getMessage(), e);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The text/plain part, else the text/html part with its tags taken out. */
	private static String text(Object content, String contentType) throws MessagingException, IOException {
		if (content instanceof Multipart multipart) {
			String html = null;
			for (int i = 0; i < multipart.getCount(); i++) {
				BodyPart part = multipart.getBodyPart(i);
				if (part.isMimeType("text/plain")) {
					return String.valueOf(part.getContent());
				}
				if (part.isMimeType("text/html")) {
					html = String.valueOf(part.getContent());
				}
				else if (part.getContent() instanceof Multipart nested) {
					return text(nested, part.getContentType());
				}
			}
			return html == null ? "" : html.replaceAll("<[^>]+>", " ");
		}
		String text = String.valueOf(content);
		return contentType != null && contentType.toLowerCase().startsWith("text/html")
				? text.replaceAll("<[^>]+>", " ") : text;
	}

	@Override
	public synchronized boolean isReady() {
		return greenMail != null && greenMail.getSmtp() != null && greenMail.getSmtp().isRunning();
	}

	@Override
	public synchronized Optional<String> failure() {
		return Optional.empty();
	}

	@Override
	public synchronized void stop() {
		if (logger != null) {
			logger.interrupt();
			logger = null;
		}
		if (greenMail != null) {
			greenMail.stop();
			greenMail = null;
		}
	}

	@Override
	public void kill() {
		stop();
	}

	@Override
	public List<ProcessHandle> processes() {
		return List.of();
	}

	@Override
	public Path log() {
		return log;
	}

}
