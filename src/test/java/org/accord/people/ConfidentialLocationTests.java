package org.accord.people;

import org.accord.support.Http;
import org.accord.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Sylvia's refuge address is seen by Safer Futures, which holds it, and by nobody else. */
@IntegrationTest
class ConfidentialLocationTests {

	private static final String SECRET = "14 Larch Close";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void onlyTheHoldingAgencySeesTheConfidentialLocationWhateverItsInvolvement() {
		String sylvia = jdbc.sql("select id from person where given_name = 'Sylvia' and family_name = 'Smith' and date_of_birth = '1987-12-04'")
			.query(String.class).single();
		String father = jdbc.sql("select id from person where given_name = 'Mark' and family_name = 'Smith' and date_of_birth = '1984-05-17'")
			.query(String.class).single();
		Http http = new Http(port);
		String idva = http.token("idva", "accord-demo");
		var own = http.get("/api/v1/people/" + sylvia, idva).json();
		assertThat(own.get("confidentialLocation").get("address").asString()).contains(SECRET);
		Http idvaPages = new Http(port);
		idvaPages.signIn("idva", "accord-demo");
		assertThat(idvaPages.get("/people/" + sylvia).body()).contains(SECRET);

		for (String user : new String[] { "cpn", "police", "socialworker", "housing", "drugworker" }) {
			String token = http.token(user, "accord-demo");
			for (String path : new String[] { "/api/v1/people/" + sylvia, "/api/v1/people/" + sylvia + "/involvements",
					"/api/v1/people/" + sylvia + "/relationships", "/api/v1/people/" + father,
					"/api/v1/people/" + father + "/relationships",
					"/api/v1/people/matches?givenName=Sylvia&familyName=Smith&dateOfBirth=1987-12-04" }) {
				assertThat(http.get(path, token).body()).as(user + " " + path).doesNotContain(SECRET).doesNotContain("Larch")
					.doesNotContain("NB3 7QT");
			}
			Http pages = new Http(port);
			pages.signIn(user, "accord-demo");
			assertThat(pages.get("/people/" + sylvia).body()).as(user).doesNotContain(SECRET).doesNotContain("NB3 7QT");
		}

		var other = http.send("PUT", "/api/v1/people/" + sylvia + "/confidential-location", "application/json",
				"{\"address\":\"Police safe house, 2 Hidden Row\"}", http.token("police", "accord-demo"));
		assertThat(other.status()).isEqualTo(200);
		assertThat(http.get("/api/v1/people/" + sylvia, idva).body()).doesNotContain("Hidden Row").contains(SECRET);
		assertThat(http.get("/api/v1/people/" + sylvia, http.token("police", "accord-demo")).body()).contains("Hidden Row").doesNotContain(SECRET);
		assertThat(http.send("PUT", "/api/v1/people/" + sylvia + "/confidential-location", "application/json",
				"{\"address\":\"\"}", idva).status()).isEqualTo(400);
	}

}
