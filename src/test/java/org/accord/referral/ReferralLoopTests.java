package org.accord.referral;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.accord.platform.calendar.WorkingDays;
import org.accord.support.Demo;
import org.accord.support.Http;
import org.accord.support.IntegrationTest;
import org.accord.support.Json;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A referral from the family alcohol service to the IDVA service, round its closed loop: the recipient sees
 * exactly the ticked categories, every step is in the history, and the referrer is told the outcome.
 */
@IntegrationTest
class ReferralLoopTests {

	@RegisterExtension
	static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Demo demo;

	@Autowired
	Clock clock;

	Http http;

	String drugworker;

	String idva;

	String idvaService;

	@BeforeEach
	void setUp() {
		http = new Http(port);
		drugworker = http.token("drugworker");
		idva = http.token("idva");
		idvaService = jdbc.sql("select id::text from service where name = 'Safer Futures IDVA service'").query(String.class)
			.single();
	}

	@Test
	void theRecipientSeesTheTickedCategoriesAndTheReferrerIsToldTheOutcome() throws Exception {
		String person = person("Rhea");
		entry(person, "SUBSTANCE_USE", "Canary drinking most days since the move");
		entry(person, "RISK", "Canary threats by text last week");
		assertThat(http.get("/api/v1/people/" + person, idva).status()).as("before the referral").isEqualTo(404);

		var sent = http.postJson("/api/v1/referrals", Json.of("personId", person, "toServiceId", idvaService, "reason",
				"She disclosed abuse by her partner and wants support", "categories", List.of("CORE_PROFILE", "SUBSTANCE_USE")),
				drugworker);
		assertThat(sent.status()).as(sent.body()).isEqualTo(201);
		String id = sent.json().get("id").asString();
		assertThat(sent.json().get("status").asString()).isEqualTo("SENT");
		assertThat(sent.json().get("respondBy").asString())
			.isEqualTo(WorkingDays.plus(LocalDate.now(clock), 5).toString());

		JsonNode opened = http.get("/api/v1/referrals/" + id, idva).json();
		assertThat(opened.get("status").asString()).as("the recipient's first look").isEqualTo("RECEIVED");
		assertThat(opened.get("personName").asString()).isEqualTo("Rhea Referraltest");
		JsonNode seen = http.get("/api/v1/people/" + person, idva).json();
		assertThat(seen.get("grounds").has("CORE_PROFILE")).isTrue();
		assertThat(seen.get("grounds").has("SUBSTANCE_USE")).isTrue();
		assertThat(seen.get("withheld").toString()).contains("RISK");
		String chronology = http.get("/api/v1/people/" + person + "/chronology", idva).body();
		assertThat(chronology).contains("Canary drinking").doesNotContain("Canary threats");

		assertThat(http.postJson("/api/v1/referrals/" + id + "/accept", "{}", idva).json().get("status").asString())
			.isEqualTo("ACCEPTED");
		greenMail.reset();
		var completed = http.postJson("/api/v1/referrals/" + id + "/complete", Json.of("outcome", "GOT_HELP"), idva);
		assertThat(completed.status()).as(completed.body()).isEqualTo(200);

		JsonNode history = http.get("/api/v1/referrals/" + id, drugworker).json().get("history");
		assertThat(history.findValuesAsString("status")).containsExactly("SENT", "RECEIVED", "ACCEPTED", "COMPLETED");
		assertThat(history.get(1).get("byAgencyName").asString()).isEqualTo("Safer Futures");
		assertThat(jdbc.sql("""
				select count(*) from notification n join app_user u on u.id = n.user_id
				where u.username = 'drugworker' and n.body like '%was closed: got the help%' and n.link = ?""")
			.param("/referrals/" + id).query(Integer.class).single())
			.isEqualTo(1);
		assertThat(greenMail.waitForIncomingEmail(5000, 1)).isTrue();
		// Mail of other tests may still arrive: the referrer's is the one to drugworker about the outcome.
		MimeMessage mail = java.util.Arrays.stream(greenMail.getReceivedMessages())
			.filter(m -> GreenMailUtil.getBody(m).contains("got the help"))
			.findFirst().orElseThrow();
		assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("drugworker@demo.accord.invalid");
		assertThat(GreenMailUtil.getBody(mail)).doesNotContain("Rhea").doesNotContain("Referraltest");
	}

	@Test
	void everyIllegalTransitionIsRefusedWith422AndLeavesTheReferralAsItWas() {
		String id = referral(person("Ines"));
		assertThat(http.postJson("/api/v1/referrals/" + id + "/complete", Json.of("outcome", "GOT_HELP"), idva).status())
			.as("completing before accepting").isEqualTo(422);
		assertThat(http.postJson("/api/v1/referrals/" + id + "/decline", Json.of("reason", "NO_CAPACITY"), idva).status())
			.isEqualTo(200);
		for (String[] act : List.of(new String[] { "accept", "{}", idva },
				new String[] { "decline", Json.of("reason", "WRONG_SERVICE"), idva },
				new String[] { "complete", Json.of("outcome", "GOT_HELP"), idva },
				new String[] { "withdraw", Json.of("reason", "No longer needed"), drugworker })) {
			var refused = http.postJson("/api/v1/referrals/" + id + "/" + act[0], act[1], act[2]);
			assertThat(refused.status()).as(act[0] + " a declined referral").isEqualTo(422);
			assertThat(refused.body()).contains("A referral that is declined cannot be").contains("it is closed");
		}
		JsonNode after = http.get("/api/v1/referrals/" + id, drugworker).json();
		assertThat(after.get("status").asString()).isEqualTo("DECLINED");
		assertThat(after.get("declineReason").asString()).isEqualTo("NO_CAPACITY");
		assertThat(after.get("history").findValuesAsString("status")).containsExactly("SENT", "RECEIVED", "DECLINED");
	}

	@Test
	void closingNeedsAReasonOrAnOutcomeFromTheList() {
		String id = referral(person("Jo"));
		var noReason = http.postJson("/api/v1/referrals/" + id + "/decline", "{}", idva);
		assertThat(noReason.status()).isEqualTo(400);
		assertThat(noReason.body()).contains("\"field\":\"reason\"");
		var other = http.postJson("/api/v1/referrals/" + id + "/decline", Json.of("reason", "OTHER"), idva);
		assertThat(other.status()).isEqualTo(400);
		assertThat(other.body()).contains("\"field\":\"detail\"");
		assertThat(http.postJson("/api/v1/referrals/" + id + "/decline", Json.of("reason", "SOMETIMES"), idva).status())
			.isEqualTo(400);
		assertThat(http.postJson("/api/v1/referrals/" + id + "/withdraw", Json.of("reason", " "), drugworker).status())
			.isEqualTo(400);
		assertThat(http.postJson("/api/v1/referrals/" + id + "/accept", "{}", idva).status()).isEqualTo(200);
		var noOutcome = http.postJson("/api/v1/referrals/" + id + "/complete", Json.of("note", "done"), idva);
		assertThat(noOutcome.status()).isEqualTo(400);
		assertThat(noOutcome.body()).contains("\"field\":\"outcome\"");
		assertThat(http.get("/api/v1/referrals/" + id, drugworker).json().get("status").asString()).isEqualTo("ACCEPTED");
	}

	@Test
	void onlyTheTwoAgenciesAndGovernanceReadAReferralAndOnlyTheRightOneAnswers() {
		String id = referral(person("Kit"));
		for (String outsider : List.of("police", "cpn", "housing", "coordinator", "board", "admin")) {
			assertThat(http.get("/api/v1/referrals/" + id, http.token(outsider)).status()).as(outsider).isEqualTo(404);
			assertThat(http.postJson("/api/v1/referrals/" + id + "/accept", "{}", http.token(outsider)).status()).as(outsider)
				.isEqualTo(404);
		}
		assertThat(http.get("/api/v1/referrals/" + id, http.token("ig")).json().get("status").asString())
			.as("governance reads without receiving it").isEqualTo("SENT");
		assertThat(http.postJson("/api/v1/referrals/" + id + "/accept", "{}", drugworker).status())
			.as("the referrer cannot accept its own referral").isEqualTo(403);
		assertThat(http.postJson("/api/v1/referrals/" + id + "/withdraw", Json.of("reason", "Sent in error"), idva).status())
			.as("the recipient cannot withdraw it").isEqualTo(403);
		var listed = http.get("/api/v1/referrals?box=INBOX", idva).json().get("items");
		assertThat(listed.findValuesAsString("id")).contains(id);
		assertThat(http.get("/api/v1/referrals?box=SENT", drugworker).json().get("items").findValuesAsString("id")).contains(id);
	}

	@Test
	void whatCannotBeSharedIsRefusedBeforeAnythingIsWritten() {
		String person = person("Lou");
		long before = jdbc.sql("select count(*) from referral").query(Long.class).single();
		var noCore = http.postJson("/api/v1/referrals", Json.of("personId", person, "toServiceId", idvaService, "reason", "Support",
				"categories", List.of("SUBSTANCE_USE")), drugworker);
		assertThat(noCore.status()).isEqualTo(400);
		assertThat(noCore.body()).contains("\"field\":\"categories\"").contains("core profile");
		var location = http.postJson("/api/v1/referrals", Json.of("personId", person, "toServiceId", idvaService, "reason",
				"Support", "categories", List.of("CORE_PROFILE", "CONFIDENTIAL_LOCATION")), drugworker);
		assertThat(location.status()).isEqualTo(400);
		assertThat(location.body()).contains("never shared");
		String ownService = jdbc.sql("select id::text from service where name = 'Community alcohol detox'").query(String.class)
			.single();
		var own = http.postJson("/api/v1/referrals", Json.of("personId", person, "toServiceId", ownService, "reason", "Detox",
				"categories", List.of("CORE_PROFILE")), drugworker);
		assertThat(own.status()).isEqualTo(400);
		assertThat(own.body()).contains("\"field\":\"toServiceId\"");
		assertThat(http.postJson("/api/v1/referrals", Json.of("personId", person, "toServiceId", idvaService, "reason",
				"Support", "categories", List.of("CORE_PROFILE")), http.token("cpn")).status())
			.as("referred by an agency that does not know the person").isEqualTo(404);
		assertThat(http.postJson("/api/v1/referrals", Json.of("personId", demo.sylvia(), "toServiceId", idvaService, "reason",
				"Support", "categories", List.of("CORE_PROFILE")), http.token("board")).status())
			.as("by a board member, who works with nobody").isEqualTo(404);
		assertThat(jdbc.sql("select count(*) from referral").query(Long.class).single()).isEqualTo(before);
	}

	private String referral(String person) {
		var sent = http.postJson("/api/v1/referrals", Json.of("personId", person, "toServiceId", idvaService, "reason",
				"Wants support to stay safe", "categories", List.of("CORE_PROFILE")), drugworker);
		assertThat(sent.status()).as(sent.body()).isEqualTo(201);
		return sent.json().get("id").asString();
	}

	private String person(String given) {
		var created = http.postJson("/api/v1/people", Json.of("givenName", given, "familyName", "Referraltest", "dateOfBirth",
				"1990-02-0" + (1 + Math.abs(given.hashCode() % 8))), drugworker);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("id").asString();
	}

	private void entry(String person, String category, String summary) {
		var added = http.postJson("/api/v1/people/" + person + "/chronology", Json.of("occurredOn", "2026-10-01", "type",
				"OTHER", "summary", summary, "kind", "FACT", "category", category), drugworker);
		assertThat(added.status()).as(added.body()).isEqualTo(201);
	}

}
