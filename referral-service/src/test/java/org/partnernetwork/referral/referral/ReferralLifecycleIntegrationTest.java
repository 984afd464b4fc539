package org.partnernetwork.referral.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnernetwork.testsupport.DemoUser.DARA;
import static org.partnernetwork.testsupport.DemoUser.SOPHEA;
import static org.partnernetwork.testsupport.ProblemAssertions.assertProblem;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partnernetwork.referral.ReferralIntegrationTest;
import org.partnernetwork.testsupport.HttpApi.Response;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import tools.jackson.databind.JsonNode;

/** A referral from creation to outcome, as the two coordinators see it. */
@ExtendWith(OutputCaptureExtension.class)
class ReferralLifecycleIntegrationTest extends ReferralIntegrationTest {

	@Autowired
	private ReferralExpiry expiry;

	@Test
	void shouldCarryAReferralFromDraftToCompletionOnATimelineBothSidesSee(CapturedOutput logs) {
		Response draft = create(SOPHEA, referralBody(""));
		assertThat(draft.status()).isEqualTo(201);
		String id = draft.json().get("id").asString();
		assertThat(draft.header("Location")).isEqualTo("/api/referrals/" + id);
		assertThat(draft.json().get("status").asString()).isEqualTo("DRAFT");
		assertThat(read(DARA, id).status()).as("a draft is the sender's alone").isEqualTo(404);

		Response sent = act(SOPHEA, id, "send", "");
		assertThat(sent.status()).as(sent.body()).isEqualTo(200);
		assertThat(sent.json().get("status").asString()).isEqualTo("REQUESTED");
		Instant sentAt = Instant.parse(sent.json().get("dates").get("sentAt").asString());
		assertThat(Instant.parse(sent.json().get("dates").get("answerDueAt").asString()))
			.as("HIGH urgency: an answer within 72 hours")
			.isEqualTo(sentAt.plus(72, ChronoUnit.HOURS));

		JsonNode incoming = api().get("/api/referrals?box=incoming&size=100", token(DARA)).json().get("items");
		assertThat(incoming.valueStream().filter(item -> item.get("id").asString().equals(id))).singleElement()
			.satisfies(item -> assertThat(item.get("needsAction").asBoolean()).isTrue());
		assertThat(read(DARA, id).json().get("actions")).extracting(JsonNode::asString)
			.containsExactlyInAnyOrder("accept", "decline", "request-info", "withdraw-consent");

		assertThat(act(DARA, id, "accept", "").json().get("status").asString()).isEqualTo("ACCEPTED");
		assertThat(act(DARA, id, "start", "").json().get("status").asString()).isEqualTo("IN_PROGRESS");
		assertThat(api()
			.post("/api/referrals/" + id + "/notes", token(DARA),
					"{\"text\": \"First session held; he is sleeping better.\"}")
			.status()).isEqualTo(200);
		Response completed = act(DARA, id, "complete", "{\"code\": \"GOALS_MET\", \"note\": \"Twelve sessions.\"}");
		assertThat(completed.json().get("status").asString()).isEqualTo("COMPLETED");
		assertThat(completed.json().get("closureCode").asString()).isEqualTo("GOALS_MET");

		Response asSender = read(SOPHEA, id);
		assertThat(asSender.header("Cache-Control")).contains("no-store");
		assertThat(types(asSender)).containsExactly("CREATED", "SEND", "ACCEPT", "START", "NOTE", "COMPLETE");
		assertThat(asSender.json().get("timeline").get(4).get("note").asString())
			.isEqualTo("First session held; he is sleeping better.");
		assertThat(types(read(DARA, id))).isEqualTo(types(asSender));
		assertThat(asSender.json().get("summary").asString()).startsWith("Boy, 12, needs counselling");
		assertThat(logs.getAll()).doesNotContain("needs counselling", "APLE-2026-0412", "sleeping better");
	}

	@Test
	void shouldRequireAReasonCodeToDeclineAndLeaveTheReceiverAStub() {
		String id = sentReferral();

		assertProblem(act(DARA, id, "decline", ""), 400, "validation");
		assertProblem(act(DARA, id, "decline", "{\"code\": \"TOO_BUSY\"}"), 400, "validation");
		Response declined = act(DARA, id, "decline", "{\"code\": \"NO_CAPACITY\", \"note\": \"Waiting list full\"}");
		assertThat(declined.status()).isEqualTo(200);

		JsonNode stub = read(DARA, id).json();
		assertThat(stub.get("stub").asBoolean()).isTrue();
		assertThat(stub.get("status").asString()).isEqualTo("DECLINED");
		assertThat(stub.get("summary").isNull()).isTrue();
		assertThat(stub.get("caseReference").isNull()).isTrue();
		assertThat(stub.get("child").isNull()).isTrue();
		assertThat(notes(read(DARA, id))).isEmpty();
		JsonNode sender = read(SOPHEA, id).json();
		assertThat(sender.get("stub").asBoolean()).isFalse();
		assertThat(sender.get("closureCode").asString()).isEqualTo("NO_CAPACITY");
		assertThat(sender.get("timeline").get(2).get("note").asString()).isEqualTo("Waiting list full");
	}

	@Test
	void shouldAnswerAnInformationRequestAndRestartTheDeadline() {
		String id = sentReferral();

		assertProblem(act(DARA, id, "request-info", ""), 400, "validation");
		assertThat(
				act(DARA, id, "request-info", "{\"note\": \"Does he attend school?\"}").json().get("status").asString())
			.isEqualTo("INFO_REQUESTED");
		assertThat(api().get("/api/referrals?box=outgoing&status=INFO_REQUESTED&size=100", token(SOPHEA))
			.json()
			.get("items")
			.valueStream()
			.filter(item -> item.get("id").asString().equals(id))).singleElement()
			.satisfies(item -> assertThat(item.get("needsAction").asBoolean()).as("the sender must answer").isTrue());
		assertProblem(act(DARA, id, "provide-info", "{\"note\": \"x\"}"), 403, "wrong-side");
		Response answered = act(SOPHEA, id, "provide-info", "{\"note\": \"Grade 5 at the local school.\"}");
		assertThat(answered.json().get("status").asString()).isEqualTo("REQUESTED");
		assertThat(act(DARA, id, "accept", "").status()).isEqualTo(200);
	}

	@Test
	void shouldRefuseActionsTheStateOrSideDoesNotAllow() {
		String id = sentReferral();

		assertProblem(act(SOPHEA, id, "accept", ""), 403, "wrong-side");
		assertProblem(act(DARA, id, "start", ""), 409, "invalid-transition");
		assertProblem(act(DARA, id, "complete", "{\"code\": \"GOALS_MET\"}"), 409, "invalid-transition");
		assertProblem(act(DARA, id, "accept", "{\"code\": \"GOALS_MET\"}"), 400, "validation");
		assertThat(read(SOPHEA, id).json().get("status").asString()).isEqualTo("REQUESTED");
	}

	@Test
	void shouldLetTheSenderCancelWithAReasonButNotOnceATransferIsAccepted() {
		String service = sentReferral();
		assertProblem(act(SOPHEA, service, "cancel", ""), 400, "validation");
		assertThat(act(SOPHEA, service, "cancel", "{\"code\": \"SERVED_ELSEWHERE\"}").json().get("status").asString())
			.isEqualTo("CANCELLED");
		assertThat(read(DARA, service).json().get("stub").asBoolean()).isTrue();

		Response transfer = create(SOPHEA, referralBody("\"send\": true").replace("\"SERVICE\"", "\"TRANSFER\""));
		String id = transfer.json().get("id").asString();
		act(DARA, id, "accept", "");
		api().post("/api/referrals/" + id + "/notes", token(DARA), "{\"text\": \"Case plan agreed with the family.\"}");

		JsonNode asSender = read(SOPHEA, id).json();
		assertThat(asSender.get("parties").get("lead").asString()).isEqualTo("tdh-nl");
		assertThat(asSender.get("actions")).isEmpty();
		assertThat(types(read(SOPHEA, id))).contains("NOTE");
		assertThat(notes(read(SOPHEA, id))).isEmpty();
		assertProblem(act(SOPHEA, id, "cancel", "{\"code\": \"NO_LONGER_NEEDED\"}"), 409, "lead-handed-over");
		assertProblem(api().post("/api/referrals/" + id + "/notes", token(SOPHEA), "{\"text\": \"x\"}"), 409,
				"lead-handed-over");
		assertThat(notes(read(DARA, id))).containsExactly("Case plan agreed with the family.");
	}

	@Test
	void shouldExpireAnUnansweredReferralAtItsDeadlineForTheSenderToSee() {
		String emergency = create(SOPHEA, referralBody("\"send\": true").replace("\"HIGH\"", "\"EMERGENCY\"")).json()
			.get("id")
			.asString();
		String routine = create(SOPHEA, referralBody("\"send\": true").replace("\"HIGH\"", "\"ROUTINE\"")).json()
			.get("id")
			.asString();

		assertThat(expiry.expireDueAt(Instant.now().plus(23, ChronoUnit.HOURS))).isZero();
		assertThat(expiry.expireDueAt(Instant.now().plus(25, ChronoUnit.HOURS))).isEqualTo(1);

		JsonNode expired = read(SOPHEA, emergency).json();
		assertThat(expired.get("status").asString()).isEqualTo("EXPIRED");
		assertThat(expired.get("closureCode").asString()).isEqualTo("NO_ANSWER_BY_DEADLINE");
		assertThat(types(read(SOPHEA, emergency))).endsWith("EXPIRE");
		assertThat(read(SOPHEA, routine).json().get("status").asString()).isEqualTo("REQUESTED");
		assertProblem(act(DARA, emergency, "accept", ""), 409, "invalid-transition");
	}

	@Test
	void shouldListWhatNeedsActionFirstInTheIncomingBox() {
		String centre = issuer.token()
			.username("coordinator.kvtc")
			.organisations("kandal-vtc")
			.roles("coordinator")
			.build();
		String training = referralBody("\"send\": true").replace("\"tdh-nl\"", "\"kandal-vtc\"")
			.replace("psychosocial-counselling", "vocational-training")
			.replace("\"ageYears\": 12", "\"ageYears\": 17");
		String inProgress = create(SOPHEA, training).json().get("id").asString();
		api().post("/api/referrals/" + inProgress + "/accept", centre, "");
		api().post("/api/referrals/" + inProgress + "/start", centre, "");
		String waiting = create(SOPHEA, training).json().get("id").asString();
		String routine = create(SOPHEA, training.replace("\"HIGH\"", "\"ROUTINE\"")).json().get("id").asString();

		JsonNode items = api().get("/api/referrals?box=incoming", centre).json().get("items");
		assertThat(items.findValuesAsString("id")).as("needs action first, the nearest deadline first")
			.containsExactly(waiting, routine, inProgress);
		assertThat(items.findValues("needsAction")).extracting(JsonNode::asBoolean).containsExactly(true, true, false);
		assertThat(api().get("/api/referrals?box=incoming&status=IN_PROGRESS", centre)
			.json()
			.get("items")
			.findValuesAsString("id")).containsExactly(inProgress);
		assertProblem(api().get("/api/referrals?box=incoming&size=101", centre), 400, "validation");
		assertProblem(api().get("/api/referrals?box=sideways", centre), 400, "validation");
	}

	private List<String> types(Response referral) {
		return referral.json().get("timeline").findValuesAsString("type");
	}

}
