package org.accord.referral;

import java.util.List;
import java.util.Map;

import org.accord.support.Demo;
import org.accord.support.Http;
import org.accord.support.IntegrationTest;
import org.accord.support.Json;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** A decline asks whether the person is at risk; a concern reaches the service's manager and the referrer. */
@IntegrationTest
class DeclineRiskCheckTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aConcernOnADeclineIsRecordedAndTellsTheServiceAndTheReferrerWithoutNamingThePerson() {
		Http http = new Http(port);
		String drugworker = http.token("drugworker");
		String idva = http.token("idva");
		String id = referral(http, drugworker, "Rosa", "1989-09-09");

		var noConcern = http.postJson("/api/v1/referrals/" + id + "/decline", Json.of("reason", "NOT_ELIGIBLE",
				"atRisk", true), idva);
		assertThat(noConcern.status()).isEqualTo(400);
		assertThat(noConcern.body()).contains("\"field\":\"concern\"");
		var noTold = http.postJson("/api/v1/referrals/" + id + "/decline", Json.of("reason", "NOT_ELIGIBLE",
				"atRisk", true, "concern", "Bruises she explained away"), idva);
		assertThat(noTold.body()).contains("\"field\":\"told\"");
		assertThat(http.get("/api/v1/referrals/" + id, idva).json().get("status").asString()).isEqualTo("RECEIVED");

		var declined = http.postJson("/api/v1/referrals/" + id + "/decline", Json.of("reason", "NOT_ELIGIBLE",
				"detail", "Not at high risk by our criteria", "atRisk", true, "concern", "Bruises she explained away",
				"told", "NOT_SAFE"), idva);
		assertThat(declined.status()).as(declined.body()).isEqualTo(200);
		JsonNode risk = declined.json().get("riskCheck");
		assertThat(risk.get("atRisk").asBoolean()).isTrue();
		assertThat(risk.get("told").asString()).isEqualTo("NOT_SAFE");

		List<String> told = jdbc.sql("""
				select a.name || ': ' || n.subject || ' / ' || n.body from notification n join agency a on a.id = n.agency_id
				where n.link = ? and n.subject like 'Concern raised%' order by a.name""")
			.param("/referrals/" + id).query(String.class).list();
		assertThat(told).hasSize(2);
		assertThat(told.get(0)).startsWith("Northshire Family Alcohol Service: Concern raised: consider safeguarding");
		assertThat(told.get(1)).startsWith("Safer Futures: Concern raised on a declined referral");
		assertThat(String.join(" ", told)).doesNotContain("Rosa").doesNotContain("Riskcheck").doesNotContain("Bruises");
		assertThat(jdbc.sql("select count(*) from audit_event where action = 'RISK_CONCERN' and entity_id = ?").param(id)
			.query(Integer.class).single()).isEqualTo(1);

		Http jane = new Http(port);
		jane.signIn("drugworker", Demo.PASSWORD);
		assertThat(jane.get("/referrals/" + id).body()).contains("thinks the person is at risk")
			.contains("Bruises she explained away").contains("it is not safe to tell them")
			.contains("Consider a safeguarding referral");
	}

	@Test
	void aServiceWithAManagerTellsTheManagerRatherThanEveryone() {
		Http http = new Http(port);
		String drugworker = http.token("drugworker");
		String id = referral(http, drugworker, "Mina", "1992-02-02");
		java.util.UUID manager = java.util.UUID.randomUUID();
		jdbc.sql("""
				insert into app_user (id, username, display_name, agency_id, password_hash)
				values (?, ?, 'Manager Riskcheck', (select id from agency where name = 'Safer Futures'), 'not-for-signing-in')""")
			.params(manager, "mgr" + manager.toString().substring(0, 8)).update();
		jdbc.sql("insert into user_role (user_id, role) values (?, 'AGENCY_MANAGER')").param(manager).update();
		try {
			assertThat(http.postJson("/api/v1/referrals/" + id + "/decline", Json.of("reason", "WRONG_SERVICE", "atRisk",
					true, "concern", "Threats by text", "told", "TOLD"), http.token("idva")).status()).isEqualTo(200);
			List<String> told = jdbc.sql("""
					select coalesce(u.display_name, 'everyone') from notification n left join app_user u on u.id = n.user_id
					where n.link = ? and n.subject = 'Concern raised on a declined referral'""")
				.param("/referrals/" + id).query(String.class).list();
			assertThat(told).containsExactly("Manager Riskcheck");
		}
		finally {
			jdbc.sql("update app_user set enabled = false where id = ?").param(manager).update();
		}
	}

	@Test
	void theDeclinePageAsksTheRiskQuestion() {
		Http http = new Http(port);
		String drugworker = http.token("drugworker");
		String id = referral(http, drugworker, "Sam", "1979-07-07");
		Http amira = new Http(port);
		amira.signIn("idva", Demo.PASSWORD);
		String page = "/referrals/" + id + "/decline";
		assertThat(amira.get(page).body()).contains("Do you think the person is at risk of harm?");
		var unanswered = amira.postForm(page, Map.of("declineReason", "WRONG_SERVICE"), page);
		assertThat(unanswered.body()).contains("Say whether you think the person is at risk");
		var noConcern = amira.postForm(page, Map.of("declineReason", "WRONG_SERVICE", "atRisk", "YES"), page);
		assertThat(noConcern.body()).contains("Say what the concern is");
		assertThat(amira.postForm(page, Map.of("declineReason", "WRONG_SERVICE", "atRisk", "NO"), page).status())
			.isEqualTo(302);
		assertThat(http.get("/api/v1/referrals/" + id, drugworker).json().get("riskCheck").get("atRisk").asBoolean())
			.isFalse();
	}

	/** A referral of a new person from the family alcohol service to the IDVA service, with the core profile. */
	private String referral(Http http, String drugworker, String given, String born) {
		String person = http.postJson("/api/v1/people", Json.of("givenName", given, "familyName", "Riskcheck",
				"dateOfBirth", born), drugworker).json().get("id").asString();
		String service = jdbc.sql("select id::text from service where name = 'Safer Futures IDVA service'")
			.query(String.class).single();
		return http.postJson("/api/v1/referrals", Json.of("personId", person, "toServiceId", service, "reason",
				"Support", "categories", List.of("CORE_PROFILE")), drugworker).json().get("id").asString();
	}

}
