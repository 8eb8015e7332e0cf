package org.accord.people;

import java.util.List;

import org.accord.support.Demo;
import org.accord.support.Http;
import org.accord.support.IntegrationTest;
import org.accord.support.Joins;
import org.accord.support.Json;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** From a perpetrator's record nobody reaches the victim unless they could already see her. */
@IntegrationTest
class PerpetratorCompartmentTests {

	@Autowired
	Demo demo;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theVictimIsReachableFromThePerpetratorsRecordOnlyByThoseWhoCanSeeHer() {
		Http http = new Http(port);
		String idva = http.token("idva");
		String police = http.token("police");
		String housing = http.token("housing");

		String sylvia = create(http, idva, "Sylvia", "Compartment", "1987-12-04");
		String father = create(http, police, "Mark", "Compartment", "1984-05-17");
		Joins.join(http, jdbc, sylvia, police);
		var related = http.postJson("/api/v1/people/" + sylvia + "/relationships",
				Json.of("personId", father, "type", "PERPETRATOR"), police);
		assertThat(related.status()).as(related.body()).isEqualTo(201);

		assertThat(http.get("/api/v1/people/" + father + "/relationships", police).body()).contains(sylvia).contains("VICTIM");
		assertThat(http.get("/api/v1/people/" + sylvia + "/relationships", police).body()).contains(father).contains("PERPETRATOR");

		Joins.join(http, jdbc, father, housing);
		var fromFather = http.get("/api/v1/people/" + father + "/relationships", housing);
		assertThat(fromFather.status()).isEqualTo(200);
		assertThat(fromFather.body()).doesNotContain(sylvia).doesNotContain("Sylvia").doesNotContain("VICTIM");
		assertThat(http.get("/api/v1/people/" + sylvia, housing).status()).isEqualTo(404);
		assertThat(http.get("/api/v1/people/" + father, housing).body()).doesNotContain("Sylvia");

		assertThat(http.get("/api/v1/people/" + sylvia + "/relationships", idva).body()).doesNotContain(father);

		var unknown = http.postJson("/api/v1/people/" + father + "/relationships",
				Json.of("personId", sylvia, "type", "VICTIM"), housing);
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.json().get("errors").get(0).get("field").asString()).isEqualTo("personId");
	}

	/**
	 * The demo household: from Mark Smith's record, no page, API response or PDF shows Sylvia's refuge
	 * address, phone, code word or safe-contact instructions, whoever asks, including the police, who
	 * may see both records.
	 */
	@Test
	void noRouteFromTheDemoPerpetratorsRecordReachesTheVictimsAddressOrContactDetails() {
		String mark = demo.mark();
		List<String> secrets = List.of("Larch Close", "NB3 7QT", "07700 900 461", "Bluebell", "not before 10:00", "Text only");
		List<String> pages = List.of("/people/" + mark, "/people/" + mark + "/chronology", "/people/" + mark + "/appointments",
				"/people/" + mark + "/profile", "/people/" + mark + "/merge", "/people/" + mark + "/chronology/new",
				"/people/" + mark + "/appointments/new");
		List<String> api = List.of("", "/relationships", "/involvements", "/chronology", "/appointments", "/merges");
		int pdfsRead = 0;
		for (String user : List.of("admin", "idva", "drugworker", "cpn", "police", "socialworker", "housing", "coordinator", "chair",
				"board", "ig")) {
			Http http = new Http(port);
			http.signIn(user, Demo.PASSWORD);
			String token = http.token(user);
			for (String page : pages) {
				String body = http.get(page).body();
				secrets.forEach(secret -> assertThat(body).as(user + " " + page).doesNotContain(secret));
			}
			for (String path : api) {
				String body = http.get("/api/v1/people/" + mark + path, token).body();
				secrets.forEach(secret -> assertThat(body).as(user + " API " + path).doesNotContain(secret));
			}
			var pdf = http.download("/people/" + mark + "/chronology.pdf", null);
			if (pdf.status() == 200) {
				String text = pdf.pdfText();
				secrets.forEach(secret -> assertThat(text).as(user + " PDF").doesNotContain(secret));
				assertThat(text).contains("Chronology: Mark Smith");
				pdfsRead++;
			}
			else {
				assertThat(pdf.status()).as(user + " PDF").isEqualTo(404);
			}
		}
		assertThat(pdfsRead).as("the police, who hold Mark's record, read its PDF").isPositive();
		Http safer = new Http(port);
		String sylvia = demo.sylvia();
		assertThat(safer.get("/api/v1/people/" + sylvia, safer.token("idva")).body())
			.as("Safer Futures does see them on her own record, so the checks above are not vacuous").contains("07700 900 461");
	}

	private static String create(Http http, String token, String given, String family, String dob) {
		var r = http.postJson("/api/v1/people", Json.of("givenName", given, "familyName", family, "dateOfBirth", dob), token);
		assertThat(r.status()).isEqualTo(201);
		return r.json().get("id").asString();
	}

}
