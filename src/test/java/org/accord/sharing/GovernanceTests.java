package org.accord.sharing;

import java.util.UUID;

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

/** The information governance lead sees who looked at whom and why, and what needs attention. */
@IntegrationTest
class GovernanceTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	java.time.Clock clock;

	@Test
	void theAccessLogShowsWhoSawWhatOnWhichGroundsAndRefusedAttemptsToGovernanceOnly() {
		Http http = new Http(port);
		String idva = http.token("idva");
		String cpn = http.token("cpn");
		String ig = http.token("ig");
		String person = http.postJson("/api/v1/people", Json.of("givenName", "Greta", "familyName", "Governancetest", "dateOfBirth", "1984-04-04"), idva)
			.json().get("id").asString();
		http.get("/api/v1/people/" + person, idva);
		assertThat(http.get("/api/v1/people/" + person, cpn).status()).isEqualTo(404);

		JsonNode log = http.get("/api/v1/people/" + person + "/access-log", ig).json();
		assertThat(log.get("total").asLong()).isGreaterThanOrEqualTo(3);
		JsonNode view = log.get("items").valueStream()
			.filter(e -> "idva".equals(e.get("username").asString()) && "VIEW".equals(e.get("action").asString())).findFirst().orElseThrow();
		assertThat(view.get("visible").toString()).contains("RISK").contains("CONFIDENTIAL_LOCATION");
		assertThat(view.get("grounds").asString()).contains("Your agency is or was involved");
		JsonNode refused = log.get("items").valueStream().filter(e -> "cpn".equals(e.get("username").asString())).findFirst().orElseThrow();
		assertThat(refused.get("outcome").asString()).isEqualTo("DENIED");
		assertThat(refused.get("visible").size()).isZero();

		assertThat(http.get("/api/v1/people/" + person + "/access-log", idva).status()).as("not for practitioners").isEqualTo(404);
		assertThat(http.get("/api/v1/people/" + UUID.randomUUID() + "/access-log", ig).status()).isEqualTo(404);
		var bad = http.get("/api/v1/people/" + person + "/access-log?size=500", ig);
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.body()).contains("size");
		assertThat(jdbc.sql("select count(*) from audit_event where action = 'ACCESS_LOG' and person_id = cast(? as uuid)").param(person)
			.query(Integer.class).single()).isGreaterThanOrEqualTo(1);

		Http pages = new Http(port);
		pages.signIn("ig", Demo.PASSWORD);
		assertThat(pages.get("/people/" + person + "/access-log").body()).contains("Greta Governancetest").contains("Refused")
			.contains("Because: Your agency is or was involved");
	}

	@Test
	void theDashboardFlagsUnusualAccessAndIsForGovernanceOnly() {
		Http http = new Http(port);
		String idva = http.token("idva");
		String housing = http.token("housing");
		for (int i = 0; i < 7; i++) {
			String person = http.postJson("/api/v1/people", Json.of("givenName", "Una", "familyName", "Unusualtest" + (char) ('a' + i),
					"dateOfBirth", "1970-01-0" + (i + 1)), idva).json().get("id").asString();
			assertThat(http.get("/api/v1/people/" + person, housing).status()).isEqualTo(404);
		}
		Http ig = new Http(port);
		ig.signIn("ig", Demo.PASSWORD);
		String[] two = jdbc.sql("select id from agency order by name limit 2").query(String.class).list().toArray(String[]::new);
		java.time.LocalDate soon = java.time.LocalDate.now(clock).plusDays(40);
		ig.postUrlEncoded("/sharing/agreements/new", "title=Review+soon+pilot&purposes=Pilot&lawfulBasis=Article+6(1)(e)&signatory=Heads"
				+ "&categories=HOUSING&agencyIds=" + two[0] + "&agencyIds=" + two[1] + "&reviewDay=" + soon.getDayOfMonth() + "&reviewMonth="
				+ soon.getMonthValue() + "&reviewYear=" + soon.getYear(), "/sharing/agreements/new");
		String page = ig.get("/governance").body();
		assertThat(page).contains("Unusual access in the last 7 days").contains("housing").contains("refused attempts");
		assertThat(page).as("an agreement due for review").contains("Review soon pilot");

		Http cpn = new Http(port);
		cpn.signIn("cpn", Demo.PASSWORD);
		assertThat(cpn.get("/governance").status()).isEqualTo(403);
	}

}
