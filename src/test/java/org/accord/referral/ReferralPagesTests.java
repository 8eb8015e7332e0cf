package org.accord.referral;

import java.util.Map;

import org.accord.support.Demo;
import org.accord.support.Http;
import org.accord.support.IntegrationTest;
import org.accord.support.Json;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The referral pages: the form with its checklist, the inbox, answering, and what the referrer then reads. */
@IntegrationTest
class ReferralPagesTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theFormRefusesAReferralWhoseChecklistIsNotDoneAndSendsOneThatIs() {
		Http jane = new Http(port);
		jane.signIn("drugworker", Demo.PASSWORD);
		String person = jane.postJson("/api/v1/people", Json.of("givenName", "Petra", "familyName", "Pagetest", "dateOfBirth",
				"1991-05-05"), jane.token("drugworker")).json().get("id").asString();
		String service = service("Safer Futures IDVA service");
		String form = "/people/" + person + "/referrals/new?service=" + service;
		String page = jane.get(form).body();
		assertThat(page).contains("Safer Futures IDVA service").contains("Before you refer")
			.contains("A confidential location never goes with a referral");
		assertThat(jane.get("/people/" + person + "/referrals/new").body()).as("first, which service")
			.contains("Which service are you referring to?").doesNotContain("Community alcohol detox");

		var refused = jane.postUrlEncoded("/people/" + person + "/referrals/new", "toServiceId=" + service
				+ "&reason=&categories=CORE_PROFILE&criteriaMet=true", form);
		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.body()).contains("There is a problem")
			.contains("Confirm that the person understands why they are referred and what happens next")
			.contains("Say whether the person can attend alone").contains("Say why you are referring");
		assertThat(jdbc.sql("select count(*) from referral where person_id = cast(? as uuid)").param(person)
			.query(Integer.class).single()).isZero();

		var sent = jane.postUrlEncoded("/people/" + person + "/referrals/new", "toServiceId=" + service
				+ "&reason=Wants+support+to+stay+safe&categories=CORE_PROFILE&categories=SUBSTANCE_USE&criteriaMet=true"
				+ "&personUnderstands=true&consentGiven=true&safeContactChecked=true&attendsAlone=NO&interpreter=Polish", form);
		assertThat(sent.status()).isEqualTo(302);
		String referral = sent.location().replaceAll(".*/referrals/", "");
		String shown = jane.get("/referrals/" + referral).body();
		assertThat(shown).contains("Referral sent to Safer Futures IDVA service").contains("Core profile")
			.contains("They need someone with them").contains("Interpreter: Polish").contains("Withdraw the referral")
			.doesNotContain("Accept the referral");

		Http amira = new Http(port);
		amira.signIn("idva", Demo.PASSWORD);
		assertThat(amira.get("/referrals").body()).contains("Petra Pagetest").contains("Received by your agency");
		assertThat(amira.get("/referrals/" + referral).body()).contains("Accept the referral").contains("Received");
		var noReason = amira.postForm("/referrals/" + referral + "/decline", Map.of(), "/referrals/" + referral + "/decline");
		assertThat(noReason.body()).contains("There is a problem").contains("Choose why the service cannot take the referral");
		assertThat(amira.postForm("/referrals/" + referral + "/accept", Map.of("detail", "I will ring her on Monday"),
				"/referrals/" + referral).status()).isEqualTo(302);
		assertThat(amira.get("/referrals/" + referral + "/decline").status()).as("no decline once accepted").isEqualTo(403);
		assertThat(amira.postForm("/referrals/" + referral + "/complete", Map.of("outcome", "GOT_HELP"),
				"/referrals/" + referral + "/complete").status()).isEqualTo(302);

		String after = jane.get("/referrals/" + referral).body();
		assertThat(after).contains("Completed").contains("Got the help they were referred for").contains("I will ring her on Monday")
			.doesNotContain("Withdraw the referral");
		assertThat(jane.get("/notifications").body()).contains("Referral to Safer Futures IDVA service closed");
	}

	@Test
	void aDirectoryServiceOffersToReferSomeoneFromTheAgencysCaseload() {
		Http jane = new Http(port);
		jane.signIn("drugworker", Demo.PASSWORD);
		String service = service("Safer Futures IDVA service");
		assertThat(jane.get("/directory/services/" + service).body()).contains("Refer someone to this service");
		assertThat(jane.get("/referrals/new?service=" + service).body()).contains("Whom are you referring?")
			.contains("Sylvia Smith");
		Http amira = new Http(port);
		amira.signIn("idva", Demo.PASSWORD);
		assertThat(amira.get("/directory/services/" + service).body()).as("not to your own agency's service")
			.doesNotContain("Refer someone to this service");
	}

	private String service(String name) {
		return jdbc.sql("select id::text from service where name = ?").param(name).query(String.class).single();
	}

}
