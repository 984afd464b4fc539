package org.partnernetwork.notification.inbox;

import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.partnernetwork.notification.inbox.InboxViews.NotificationView;
import org.partnernetwork.notification.inbox.InboxViews.UnreadCount;
import org.partnernetwork.support.security.CurrentUser;
import org.partnernetwork.support.web.PageResponse;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own notifications: the list, the unread count, marking one read. */
@RestController
@RequestMapping("/api/notifications")
class InboxController {

	private final Inbox inbox;

	InboxController(Inbox inbox) {
		this.inbox = inbox;
	}

	@GetMapping
	PageResponse<NotificationView> mine(@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(PageResponse.MAX_SIZE) int size, CurrentUser person) {
		return inbox.mine(person.userId(), page, size);
	}

	@GetMapping("/unread-count")
	UnreadCount unread(CurrentUser person) {
		return inbox.unread(person.userId());
	}

	@PostMapping("/{id}/read")
	NotificationView markRead(@PathVariable UUID id, CurrentUser person) {
		return inbox.markRead(person.userId(), id);
	}

}
