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

/** The gap register: a referrer records a need nobody could meet, and the partnership reads it. */
@IntegrationTest
class ServiceGapsTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aReferrerRecordsAGapOnThePageAndThePartnershipReadsItInTheRegister() {
		Http jane = new Http(port);
		jane.signIn("drugworker", Demo.PASSWORD);
		String form = "/referrals/gaps/new";
		var missing = jane.postForm(form, Map.of("need", "MENTAL_HEALTH"), form);
		assertThat(missing.status()).isEqualTo(200);
		assertThat(missing.body()).contains("There is a problem").contains("Say why no service could take the person");
		var badArea = jane.postForm(form, Map.of("need", "MENTAL_HEALTH", "areaId", "not-an-area", "why", "x"), form);
		assertThat(badArea.body()).contains("Choose the area from the list");
		String southmoor = jdbc.sql("select id::text from area where code = 'SM'").query(String.class).single();
		var saved = jane.postForm(form, Map.of("need", "MENTAL_HEALTH", "areaId", southmoor, "why",
				"Gap canary: the mental health team and the alcohol service each said the other must go first"), form);
		assertThat(saved.status()).isEqualTo(302);
		assertThat(jdbc.sql("select count(*) from audit_event where action = 'RECORD_GAP' and username = 'drugworker'")
			.query(Integer.class).single()).isPositive();

		Http board = new Http(port);
		board.signIn("board", Demo.PASSWORD);
		String register = board.get("/referrals/gaps").body();
		assertThat(register).contains("Gap canary").contains("Mental health").contains("Southmoor")
			.contains("Jane Morris, Northshire Family Alcohol Service").doesNotContain("Record a gap in service</a>");
		assertThat(board.get(form).status()).as("only practitioners and managers record").isEqualTo(403);
	}

	@Test
	void theApiRecordsAndListsGapsAndRefusesAnIncompleteOne() {
		Http http = new Http(port);
		String housing = http.token("housing");
		var refused = http.postJson("/api/v1/service-gaps", Json.of("need", "HOUSING"), housing);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body()).contains("\"field\":\"why\"");
		var created = http.postJson("/api/v1/service-gaps", Json.of("need", "HOUSING", "why",
				"API gap canary: no refuge space for a woman with four children"), housing);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		assertThat(http.get("/api/v1/service-gaps", http.token("coordinator")).body()).contains("API gap canary")
			.contains("Every area");
		assertThat(http.postJson("/api/v1/service-gaps", Json.of("need", "HOUSING", "why", "x"), http.token("board"))
			.status()).isEqualTo(403);
	}

}
