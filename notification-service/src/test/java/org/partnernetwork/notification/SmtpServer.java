package org.partnernetwork.notification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.internet.MimeMessage;

/**
 * A real SMTP server (GreenMail) in the test's JVM, on a port of its own that outlives
 * it: {@link #down()} stops it (the sender gets "connection refused"), {@link #up()}
 * brings it back on the same port; each {@link #up()} empties it.
 */
public final class SmtpServer {

	private final int port;

	private GreenMail server;

	SmtpServer() {
		try (ServerSocket socket = new ServerSocket(0)) {
			this.port = socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public int port() {
		return port;
	}

	public synchronized void up() {
		if (server == null) {
			server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
			server.start();
		}
		else {
			try {
				server.purgeEmailFromAllMailboxes();
			}
			catch (FolderException ex) {
				throw new IllegalStateException(ex);
			}
		}
	}

	public synchronized void down() {
		if (server != null) {
			server.stop();
			server = null;
		}
	}

	/** Every e-mail the server took since it was last emptied. */
	public synchronized MimeMessage[] received() {
		return server.getReceivedMessages();
	}

}
