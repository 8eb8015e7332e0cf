package org.accord.directory;

import java.util.Map;

import org.accord.support.Demo;
import org.accord.support.Http;
import org.accord.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** A service's capacity: said by its own agency, audited, and shown where a referrer chooses a service. */
@IntegrationTest
class CapacityTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Demo demo;

	@Test
	void theOwningAgencySaysWhatRoomItHasAndEveryoneSeesIt() {
		String service = service("Women's recovery group");
		Http jane = new Http(port);
		jane.signIn("drugworker", Demo.PASSWORD);
		assertThat(jane.get("/directory/services/" + service).body()).contains("Capacity not stated")
			.contains("Say what room it has now");
		var missing = jane.postForm("/directory/services/" + service + "/capacity", Map.of(),
				"/directory/services/" + service + "/capacity");
		assertThat(missing.status()).isEqualTo(200);
		assertThat(missing.body()).contains("There is a problem").contains("Choose what room the service has now");
		var saved = jane.postForm("/directory/services/" + service + "/capacity",
				Map.of("capacity", "WAITING_UNDER_ONE_MONTH"), "/directory/services/" + service + "/capacity");
		assertThat(saved.status()).isEqualTo(302);
		assertThat(jdbc.sql("select count(*) from audit_event where action = 'CAPACITY' and entity_id = ? and username = 'drugworker'")
			.param(service).query(Integer.class).single()).isEqualTo(1);

		Http amira = new Http(port);
		amira.signIn("idva", Demo.PASSWORD);
		String page = amira.get("/directory/services/" + service).body();
		assertThat(page).contains("Waiting list under 1 month").contains("as of").doesNotContain("Say what room it has now");
		assertThat(amira.get("/directory/services/" + service + "/capacity").status()).as("another agency's service")
			.isEqualTo(403);
		assertThat(amira.get("/api/v1/services/" + service, amira.token("idva")).json().get("capacity").asString())
			.isEqualTo("WAITING_UNDER_ONE_MONTH");
	}

	@Test
	void referringToAServiceThatIsNotAcceptingWarnsAndOffersOnesThatAre() {
		Http police = new Http(port);
		police.signIn("police", Demo.PASSWORD);
		String counselling = service("Sexual violence counselling");
		String form = police.get("/people/" + demo.sylvia() + "/referrals/new?service=" + counselling).body();
		assertThat(form).contains("Not accepting referrals").contains("This service is not accepting referrals")
			.contains("ISVA service, Rape Crisis Northshire");
		assertThat(police.get("/directory?q=counselling").body()).contains("Not accepting referrals");
	}

	private String service(String name) {
		return jdbc.sql("select id::text from service where name = ?").param(name).query(String.class).single();
	}

}
