package org.accord.sharing;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.accord.support.Demo;
import org.accord.support.Http;
import org.accord.support.IntegrationTest;
import org.accord.support.Json;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Consent opens a category to another agency; withdrawing it closes it on the next request and tells them at once. */
@IntegrationTest
class ConsentTests {

	@RegisterExtension
	static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	Http http;

	String idva;

	String cpn;

	String cmht;

	@BeforeEach
	void setUp() {
		http = new Http(port);
		idva = http.token("idva");
		cpn = http.token("cpn");
		cmht = jdbc.sql("select id from agency where name = 'Northshire Community Mental Health Team'").query(String.class).single();
	}

	@Test
	void withdrawingConsentStopsSharingAtOnceAndTellsEveryRecipientInAppAndByEmail() throws Exception {
		String person = person("Connie");
		entry(person, "MENTAL_HEALTH", "Canary low mood since the move");
		assertThat(http.get("/api/v1/people/" + person, cpn).status()).isEqualTo(404);

		var recorded = http.postJson("/api/v1/people/" + person + "/consents",
				Json.of("agencyIds", List.of(cmht), "categories", List.of("CORE_PROFILE", "MENTAL_HEALTH"), "purpose", "Joined-up care",
						"howGiven", "WRITTEN"), idva);
		assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
		String consent = recorded.json().get("id").asString();
		var seen = http.get("/api/v1/people/" + person, cpn).json();
		assertThat(seen.get("grounds").get("MENTAL_HEALTH").asString()).contains("Consent recorded by Safer Futures");
		assertThat(http.get("/api/v1/people/" + person + "/chronology", cpn).body()).contains("Canary low mood");
		assertThat(seen.get("withheld").toString()).contains("RISK").contains("CONFIDENTIAL_LOCATION");

		greenMail.reset();
		var withdrawn = http.postJson("/api/v1/consents/" + consent + "/withdraw", Json.of("reason", "She wants to tell them herself"), idva);
		assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
		assertThat(withdrawn.json().get("agenciesNotified").toString()).contains("Northshire Community Mental Health Team");
		assertThat(http.get("/api/v1/people/" + person, cpn).status()).as("the next request").isEqualTo(404);
		assertThat(http.get("/api/v1/people/" + person + "/chronology", cpn).status()).isEqualTo(404);

		assertThat(jdbc.sql("""
				select count(*) from notification where agency_id = cast(? as uuid) and needs_acknowledgement and acknowledged_at is null
				  and subject = 'Consent withdrawn: Connie Consenttest'""").param(cmht).query(Integer.class).single()).isEqualTo(1);
		assertThat(greenMail.waitForIncomingEmail(5000, 1)).isTrue();
		MimeMessage[] mails = greenMail.getReceivedMessages();
		assertThat(Arrays.stream(mails).flatMap(m -> {
			try {
				return Arrays.stream(m.getAllRecipients()).map(Object::toString);
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		})).contains("cpn@demo.accord.invalid");
		for (MimeMessage mail : mails) {
			assertThat(mail.getSubject()).doesNotContain("Connie");
			assertThat(GreenMailUtil.getBody(mail)).contains("withdrawn").doesNotContain("Connie").doesNotContain("Consenttest");
		}

		Http pages = new Http(port);
		pages.signIn("cpn", Demo.PASSWORD);
		// The task stands, but it no longer names someone the nurse's agency may not see any more.
		assertThat(pages.get("/notifications").body()).contains("About a person whose record you can no longer see").contains("To acknowledge")
			.doesNotContain("Connie");
		String notification = jdbc.sql("select id from notification where subject = 'Consent withdrawn: Connie Consenttest'").query(String.class).single();
		assertThat(pages.postForm("/notifications/" + notification + "/acknowledge", java.util.Map.of(), "/notifications").status()).isEqualTo(302);
		assertThat(jdbc.sql("select u.username from notification n join app_user u on u.id = n.acknowledged_by where n.id = cast(? as uuid)")
			.param(notification).query(String.class).single()).isEqualTo("cpn");
		assertThat(http.postJson("/api/v1/consents/" + consent + "/withdraw", Json.of("reason", "again"), idva).status()).isEqualTo(422);
		assertThat(http.get("/api/v1/notifications", cpn).body()).doesNotContain("Connie").contains("Daniel Okafor");
		assertThat(http.postJson("/api/v1/notifications/" + notification + "/acknowledge", "{}", cpn).status()).as("already acknowledged").isEqualTo(404);
		assertThat(http.get("/api/v1/sharing-agreements", cpn).body()).contains("Northshire domestic abuse and MARAC information-sharing agreement");
	}

	@Test
	void aConsentIsCheckedFieldByFieldAndNeverSharesAConfidentialLocation() {
		String person = person("Conrad");
		var bad = http.postJson("/api/v1/people/" + person + "/consents",
				Json.of("agencyIds", List.of(UUID.randomUUID().toString()), "categories", List.of("CONFIDENTIAL_LOCATION"), "purpose", "x",
						"expiresOn", "2001-01-01"), idva);
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.body()).contains("\"field\":\"categories\"").contains("\"field\":\"agencyIds\"").contains("\"field\":\"expiresOn\"");
		var empty = http.postJson("/api/v1/people/" + person + "/consents", Json.of("agencyIds", List.of(), "categories", List.of(), "purpose", ""),
				idva);
		assertThat(empty.body()).contains("\"field\":\"agencyIds\"").contains("\"field\":\"categories\"").contains("\"field\":\"purpose\"");
		assertThat(jdbc.sql("select count(*) from consent where person_id = cast(? as uuid)").param(person).query(Integer.class).single()).isZero();
		assertThat(http.postJson("/api/v1/people/" + person + "/consents",
				Json.of("agencyIds", List.of(cmht), "categories", List.of("RISK"), "purpose", "x"), cpn).status())
			.as("only an agency involved with the person records their consent").isEqualTo(404);
	}

	@Test
	void sharingWithoutConsentSharesNothingUntilApprovedAndADecisionNotToShareIsKept() {
		String person = person("Shona");
		entry(person, "RISK", "Canary threats by text");
		String base = "/api/v1/people/" + person + "/sharing-decisions";
		var noWhy = http.postJson(base, Json.of("agencyId", cmht, "categories", List.of("RISK"), "decision", "SHARE",
				"grounds", "SERIOUS_HARM_TO_PERSON"), idva);
		assertThat(noWhy.status()).isEqualTo(400);
		assertThat(noWhy.body()).contains("\"field\":\"justification\"");
		var noGrounds = http.postJson(base, Json.of("agencyId", cmht, "categories", List.of("RISK"), "decision", "SHARE", "justification", "x"),
				idva);
		assertThat(noGrounds.body()).contains("\"field\":\"grounds\"");
		var untold = http.postJson(base, Json.of("agencyId", cmht, "categories", List.of("RISK"), "decision", "SHARE",
				"grounds", "SERIOUS_HARM_TO_PERSON", "justification", "x", "personTold", false), idva);
		assertThat(untold.body()).contains("\"field\":\"notToldReason\"");
		assertThat(jdbc.sql("select count(*) from sharing_decision where person_id = cast(? as uuid)").param(person).query(Integer.class).single()).isZero();

		var request = http.postJson(base, Json.of("agencyId", cmht, "categories", List.of("RISK", "CORE_PROFILE"), "decision", "SHARE",
				"grounds", "SERIOUS_HARM_TO_PERSON", "justification", "Threats to kill; the CPN visits her alone", "personTold", false,
				"notToldReason", "He reads her phone"), idva);
		assertThat(request.status()).as(request.body()).isEqualTo(201);
		assertThat(request.json().get("status").asString()).isEqualTo("PENDING");
		String id = request.json().get("id").asString();
		assertThat(http.get("/api/v1/people/" + person, cpn).status()).as("pending shares nothing").isEqualTo(404);
		assertThat(http.postJson("/api/v1/sharing-decisions/" + id + "/approve", "{}", idva).status()).as("not by the requester").isEqualTo(422);

		String ig = http.token("ig");
		var approved = http.postJson("/api/v1/sharing-decisions/" + id + "/approve", Json.of("note", "Proportionate"), ig);
		assertThat(approved.status()).as(approved.body()).isEqualTo(200);
		assertThat(approved.json().get("expiresOn").isNull()).isFalse();
		assertThat(http.get("/api/v1/people/" + person + "/chronology", cpn).body()).contains("Canary threats by text");
		assertThat(http.get("/api/v1/people/" + person, cpn).json().get("grounds").get("RISK").asString()).contains("Shared without consent");

		String police = jdbc.sql("select id from agency where name = 'Northshire Police'").query(String.class).single();
		var doNot = http.postJson(base, Json.of("agencyId", police, "categories", List.of("MENTAL_HEALTH"), "decision", "DO_NOT_SHARE",
				"justification", "Not relevant to the investigation"), idva);
		assertThat(doNot.status()).isEqualTo(201);
		assertThat(doNot.json().get("status").asString()).isEqualTo("RECORDED");
		assertThat(http.get(base, idva).body()).contains("Not relevant to the investigation").contains("He reads her phone");
	}

	private void entry(String person, String category, String summary) {
		assertThat(http.postJson("/api/v1/people/" + person + "/chronology", Json.of("occurredOn", "2026-10-01", "type", "OTHER", "summary", summary,
				"kind", "FACT", "category", category), idva).status()).isEqualTo(201);
	}

	private String person(String given) {
		return http.postJson("/api/v1/people", Json.of("givenName", given, "familyName", "Consenttest", "dateOfBirth", "1993-03-03"), idva)
			.json().get("id").asString();
	}

}
