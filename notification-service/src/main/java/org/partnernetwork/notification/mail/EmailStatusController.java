package org.partnernetwork.notification.mail;

import java.util.Map;

import org.partnernetwork.support.security.CurrentUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/notifications/email-status}: whether an e-mail to the caller failed for
 * good, so that the portal can say "we could not reach you by e-mail".
 */
@RestController
class EmailStatusController {

	private final Mailbox mailbox;

	EmailStatusController(Mailbox mailbox) {
		this.mailbox = mailbox;
	}

	@GetMapping("/api/notifications/email-status")
	Map<String, Boolean> status(CurrentUser person) {
		return Map.of("unreachable", mailbox.unreachable(person.userId()));
	}

}
