package org.partnernetwork.notification.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnernetwork.testsupport.ProblemAssertions.assertProblem;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnernetwork.notification.NotificationIntegrationTest;
import org.partnernetwork.testsupport.DemoUser;
import org.partnernetwork.testsupport.HttpApi.Response;

import tools.jackson.databind.JsonNode;

class InboxIntegrationTest extends NotificationIntegrationTest {

	private final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);

	@BeforeEach
	void emptyInboxes() {
		jdbc.update("delete from notification");
	}

	@Test
	void shouldListOnlyMyNotificationsNewestFirstWithTheirPortalLinks() {
		String older = notificationFor(DemoUser.SOPHEA, "REFERRAL_RECEIVED", "tdh-nl", "EMERGENCY",
				now.minusSeconds(60));
		String newer = notificationFor(DemoUser.SOPHEA, "SEAT_REQUEST_OFFERED", "kandal-vtc", null, now);
		notificationFor(DemoUser.DARA, "REFERRAL_ACCEPTED", "aple", "HIGH", now);

		Response list = api().get("/api/notifications", token(DemoUser.SOPHEA));

		assertThat(list.status()).as(list.body()).isEqualTo(200);
		JsonNode items = list.json().get("items");
		assertThat(items).extracting(item -> item.get("id").asString()).containsExactly(newer, older);
		assertThat(items.get(1).get("kind").asString()).isEqualTo("REFERRAL_RECEIVED");
		assertThat(items.get(1).get("organisation").asString()).isEqualTo("tdh-nl");
		assertThat(items.get(1).get("urgency").asString()).isEqualTo("EMERGENCY");
		assertThat(items.get(1).get("link").asString()).startsWith("/referrals/");
		assertThat(items.get(0).get("link").asString()).startsWith("/training/placements/");
		assertThat(list.json().get("totalItems").asLong()).isEqualTo(2);
	}

	@Test
	void shouldCountUnreadUntilTheyAreMarkedRead() {
		String first = notificationFor(DemoUser.VANNA, "SEAT_REQUEST_RECEIVED", "tdh-nl", null, now);
		notificationFor(DemoUser.VANNA, "SEAT_REQUEST_RECEIVED", "aple", null, now);
		assertThat(unread(DemoUser.VANNA)).isEqualTo(2);

		Response read = api().post("/api/notifications/" + first + "/read", token(DemoUser.VANNA), "");
		Response again = api().post("/api/notifications/" + first + "/read", token(DemoUser.VANNA), "");

		assertThat(read.status()).as(read.body()).isEqualTo(200);
		assertThat(read.json().get("readAt").isNull()).isFalse();
		assertThat(again.json().get("readAt").asString()).isEqualTo(read.json().get("readAt").asString());
		assertThat(unread(DemoUser.VANNA)).isEqualTo(1);
	}

	@Test
	void shouldAnswerNotFoundForAnotherPersonsNotificationAndLeaveItUnread() {
		String daras = notificationFor(DemoUser.DARA, "REFERRAL_DECLINED", "aple", "ROUTINE", now);

		assertProblem(api().post("/api/notifications/" + daras + "/read", token(DemoUser.SOPHEA), ""), 404,
				"not-found");
		assertThat(unread(DemoUser.DARA)).isEqualTo(1);
	}

	@Test
	void shouldRefuseAMemberWithoutARoleAndACallerWithoutAToken() {
		String noRole = issuer.token().username("new.member").organisations("aple").build();

		assertProblem(api().get("/api/notifications", noRole), 403, "forbidden");
		assertProblem(api().get("/api/notifications/unread-count", null), 401, "unauthenticated");
	}

	@Test
	void shouldRefuseAPageSizeBeyondAHundredNamingTheField() {
		Response response = api().get("/api/notifications?size=101", token(DemoUser.SOPHEA));

		assertProblem(response, 400, "validation");
		assertThat(response.body()).contains("size");
	}

	private long unread(DemoUser person) {
		return api().get("/api/notifications/unread-count", token(person)).json().get("unread").asLong();
	}

}
