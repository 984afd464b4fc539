package org.partnernetwork.notification;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;

import org.partnernetwork.notification.event.Announcer;
import org.partnernetwork.notification.event.Directory;
import org.partnernetwork.notification.event.EventFollowUp;
import org.partnernetwork.notification.event.EventIntake;
import org.partnernetwork.notification.event.Member;
import org.partnernetwork.notification.event.PlatformEvent;
import org.partnernetwork.notification.inbox.Inbox;
import org.partnernetwork.notification.inbox.InboxViews;
import org.partnernetwork.notification.inbox.NotificationKind;
import org.partnernetwork.notification.inbox.Urgency;
import org.partnernetwork.notification.mail.Letter;
import org.partnernetwork.notification.mail.MailTexts;
import org.partnernetwork.notification.mail.Mailbox;
import org.partnernetwork.notification.preference.Choice;
import org.partnernetwork.notification.preference.Language;
import org.partnernetwork.notification.preference.Preferences;
import org.partnernetwork.notification.preference.QuietHours;
import org.partnernetwork.notification.telegram.Bot;
import org.partnernetwork.notification.telegram.TelegramOutbox;
import org.partnernetwork.testsupport.FeatureArchitecture;

/**
 * notification-service by feature: {@code inbox} keeps each person's notifications and
 * shows only what others need of it; {@code event} takes in the other services' events
 * and asks its {@link Directory} who to tell; {@code client} (Keycloak) and
 * {@code config} are the adapters. Nothing below a controller knows HTTP. The rules every
 * service keeps are test-support's {@link FeatureArchitecture}.
 */
@AnalyzeClasses(packages = "org.partnernetwork.notification", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	@ArchTest
	static final ArchTests shouldKeepTheRulesOfEveryService = ArchTests.in(FeatureArchitecture.class);

	@ArchTest
	static final ArchRule shouldShowOnlyItsFaceFromTheInbox = FeatureArchitecture.onlyPublicInTheirPackage(Inbox.class,
			InboxViews.class, NotificationKind.class, Urgency.class);

	@ArchTest
	static final ArchRule shouldShowOnlyItsFaceFromEvents = FeatureArchitecture.onlyPublicInTheirPackage(
			PlatformEvent.class, Directory.class, Member.class, EventIntake.class, EventFollowUp.class,
			Announcer.class);

	@ArchTest
	static final ArchRule shouldOnlyTakeLettersIntoTheMailbox = FeatureArchitecture
		.onlyPublicInTheirPackage(Letter.class, Mailbox.class, MailTexts.class);

	@ArchTest
	static final ArchRule shouldShowOnlyTheChoiceFromPreferences = FeatureArchitecture
		.onlyPublicInTheirPackage(Preferences.class, Choice.class, QuietHours.class, Language.class);

	@ArchTest
	static final ArchRule shouldOnlyTakeMessagesIntoTheTelegramOutbox = FeatureArchitecture.onlyPublicInTheirPackage(
			TelegramOutbox.class, Bot.class, Bot.Update.class, Bot.Sending.class, Bot.Sending.Result.class);

}
