package org.partnernetwork.notification.preference;

import jakarta.validation.Valid;

import org.partnernetwork.notification.preference.PreferenceViews.PreferencesRequest;
import org.partnernetwork.notification.preference.PreferenceViews.PreferencesView;
import org.partnernetwork.support.audit.Audited;
import org.partnernetwork.support.security.CurrentUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own notification settings: there is no way to name anyone else's. */
@RestController
@RequestMapping("/api/notifications/preferences")
class PreferenceController {

	private final Preferences preferences;

	PreferenceController(Preferences preferences) {
		this.preferences = preferences;
	}

	@GetMapping
	PreferencesView mine(CurrentUser person) {
		return preferences.view(person.userId());
	}

	@PutMapping
	@Audited(value = "change-preferences", change = true)
	PreferencesView change(@Valid @RequestBody PreferencesRequest request, CurrentUser person) {
		return preferences.change(person, request);
	}

}
