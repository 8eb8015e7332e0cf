package org.accord.people;

import org.accord.support.Http;
import org.accord.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** From a perpetrator's record nobody reaches the victim unless they could already see her. */
@IntegrationTest
class PerpetratorCompartmentTests {

	@LocalServerPort
	int port;

	@Test
	void theVictimIsReachableFromThePerpetratorsRecordOnlyByThoseWhoCanSeeHer() {
		Http http = new Http(port);
		String idva = http.token("idva", "accord-demo");
		String police = http.token("police", "accord-demo");
		String housing = http.token("housing", "accord-demo");

		String sylvia = create(http, idva, "Sylvia", "Compartment", "1987-12-04");
		String father = create(http, police, "Mark", "Compartment", "1984-05-17");
		assertThat(http.postJson("/api/v1/people/" + sylvia + "/involvements", "{\"role\":\"Domestic abuse officer\"}", police).status())
			.isEqualTo(201);
		var related = http.postJson("/api/v1/people/" + sylvia + "/relationships",
				"{\"personId\":\"" + father + "\",\"type\":\"PERPETRATOR\"}", police);
		assertThat(related.status()).as(related.body()).isEqualTo(201);

		assertThat(http.get("/api/v1/people/" + father + "/relationships", police).body()).contains(sylvia).contains("VICTIM");
		assertThat(http.get("/api/v1/people/" + sylvia + "/relationships", police).body()).contains(father).contains("PERPETRATOR");

		assertThat(http.postJson("/api/v1/people/" + father + "/involvements", "{\"role\":\"Tenancy officer\"}", housing).status())
			.isEqualTo(201);
		var fromFather = http.get("/api/v1/people/" + father + "/relationships", housing);
		assertThat(fromFather.status()).isEqualTo(200);
		assertThat(fromFather.body()).doesNotContain(sylvia).doesNotContain("Sylvia").doesNotContain("VICTIM");
		assertThat(http.get("/api/v1/people/" + sylvia, housing).status()).isEqualTo(404);
		assertThat(http.get("/api/v1/people/" + father, housing).body()).doesNotContain("Sylvia");

		assertThat(http.get("/api/v1/people/" + sylvia + "/relationships", idva).body()).doesNotContain(father);

		var unknown = http.postJson("/api/v1/people/" + father + "/relationships",
				"{\"personId\":\"" + sylvia + "\",\"type\":\"VICTIM\"}", housing);
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.json().get("errors").get(0).get("field").asString()).isEqualTo("personId");
	}

	private static String create(Http http, String token, String given, String family, String dob) {
		var r = http.postJson("/api/v1/people", "{\"givenName\":\"" + given + "\",\"familyName\":\"" + family + "\",\"dateOfBirth\":\"" + dob + "\"}", token);
		assertThat(r.status()).isEqualTo(201);
		return r.json().get("id").asString();
	}

}
