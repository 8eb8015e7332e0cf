package org.accord.people;

import org.accord.support.Demo;
import org.accord.support.Http;
import org.accord.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo household of shared/docs/demo-scenario.md, as each practitioner sees it. */
@IntegrationTest
class SylviasHouseholdTests {

	@Autowired
	Demo demo;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void silviaSmythWithDayAndMonthSwappedFindsSylviaSmith() {
		Http http = new Http(port);
		String token = http.token("housing");
		JsonNode found = http.get("/api/v1/people/matches?givenName=Silvia&familyName=Smyth&dateOfBirth=1987-04-12", token).json();
		assertThat(found.get("items").get(0).get("name").asString()).isEqualTo("Sylvia Smith");
		assertThat(found.get("items").get(0).get("yearOfBirth").asInt()).isEqualTo(1987);
	}

	@Test
	void everyoneInvolvedSeesWhoElseIsInvolvedAndOthersSeeNothing() {
		String sylvia = demo.sylvia();
		Http http = new Http(port);
		JsonNode involved = http.get("/api/v1/people/" + sylvia + "/involvements", http.token("cpn")).json().get("items");
		assertThat(involved.size()).isGreaterThanOrEqualTo(6);
		assertThat(involved.toString()).contains("Amira Khan").contains("Jane Morris").contains("Safer Futures");
		assertThat(http.get("/api/v1/people/" + sylvia, http.token("board")).status()).isEqualTo(404);
		assertThat(http.get("/api/v1/people/" + sylvia, http.token("coordinator")).status()).isEqualTo(404);
	}

	@Test
	void theChildrensSocialWorkerSeesTheChildrenButNotTheFather() {
		String sylvia = demo.sylvia();
		Http http = new Http(port);
		String body = http.get("/api/v1/people/" + sylvia + "/relationships", http.token("socialworker")).body();
		assertThat(body).contains("Sian Smith").contains("James Smith").contains("Paul Smith").doesNotContain("Mark Smith");
		String police = http.get("/api/v1/people/" + sylvia + "/relationships", http.token("police")).body();
		assertThat(police).contains("Mark Smith").contains("PERPETRATOR");
	}

	@Test
	void namingTheFatherOnHerRecordIsRecordedInHisAccessLogWithoutCountingAsOpeningHisRecord() {
		String sylvia = demo.sylvia();
		String mark = demo.mark();
		Http http = new Http(port);
		String token = http.token("police");
		long before = jdbc.sql("select coalesce(max(id), 0) from audit_event").query(Long.class).single();
		assertThat(http.get("/api/v1/people/" + sylvia + "/relationships", token).body()).contains("Mark Smith");
		var rows = jdbc.sql("""
				select action, entity_type, entity_id from audit_event
				where id > ? and username = 'police' and person_id = cast(? as uuid)""")
			.params(before, mark)
			.query((rs, n) -> rs.getString("action") + " " + rs.getString("entity_type") + " " + rs.getString("entity_id"))
			.list();
		assertThat(rows).containsExactly("NAMED RELATIONSHIP " + sylvia);
	}

}
