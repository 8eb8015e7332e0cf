package org.accord.directory;

import java.util.UUID;

import org.accord.support.Http;
import org.accord.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The refuge's address reaches its own agency and nobody else, whatever page or API they use. */
@IntegrationTest
class ConfidentialAddressTests {

	private static final String[] SECRETS = { "Larch Close", "NB3 7QT" };

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void outsideTheAgencyNoPageOrApiShowsTheRefugeAddress() {
		UUID refuge = jdbc.sql("select id from service where name = 'Safer Futures refuge'").query(UUID.class).single();
		UUID agency = jdbc.sql("select agency_id from service where id = ?").param(refuge).query(UUID.class).single();
		for (String user : new String[] { "cpn", "police", "drugworker", "admin", "ig", "coordinator" }) {
			Http http = new Http(port);
			http.signIn(user, "accord-demo");
			String token = http.token(user, "accord-demo");
			String[] bodies = {
					http.get("/directory/services/" + refuge).body(),
					http.get("/directory?q=refuge").body(),
					http.get("/directory?need=HOUSING").body(),
					http.get("/directory/agencies/" + agency).body(),
					http.get("/api/v1/services/" + refuge, token).body(),
					http.get("/api/v1/services?q=refuge", token).body(),
					http.get("/api/v1/services?size=200", token).body(),
					http.get("/api/v1/services?q=Larch%20Close", token).body() };
			for (String body : bodies) {
				assertThat(body).as(user).doesNotContain(SECRETS[0]).doesNotContain(SECRETS[1]);
			}
			assertThat(bodies[0]).contains("Confidential — contact the service");
			assertThat(http.get("/api/v1/services/" + refuge, token).json().get("addressWithheld").asBoolean()).isTrue();
		}
	}

	@Test
	void theHoldingAgencySeesItsOwnRefugeAddress() {
		UUID refuge = jdbc.sql("select id from service where name = 'Safer Futures refuge'").query(UUID.class).single();
		Http idva = new Http(port);
		idva.signIn("idva", "accord-demo");
		assertThat(idva.get("/directory/services/" + refuge).body()).contains(SECRETS[0]).contains("Confidential: only your agency sees this");
		assertThat(idva.get("/api/v1/services/" + refuge, idva.token("idva", "accord-demo")).body()).contains(SECRETS[1]);
	}

}
