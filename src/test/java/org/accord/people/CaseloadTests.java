package org.accord.people;

import org.accord.support.Demo;
import org.accord.support.Http;
import org.accord.support.IntegrationTest;
import org.accord.support.Json;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Each agency lists the people it works with, and nobody else's. */
@IntegrationTest
class CaseloadTests {

	@LocalServerPort
	int port;

	@Test
	void anAgencyListsOnlyThePeopleItIsInvolvedWith() {
		Http http = new Http(port);
		String idva = http.token("idva");
		String housing = http.token("housing");
		String citizens = http.token("coordinator");
		String id = http.postJson("/api/v1/people", Json.of("givenName", "Quentin", "familyName", "Caseloadtest", "dateOfBirth", "1970-10-10"), idva)
			.json().get("id").asString();

		JsonNode mine = http.get("/api/v1/people?q=caseloadtest", idva).json();
		assertThat(mine.get("total").asLong()).isEqualTo(1);
		assertThat(mine.get("items").get(0).get("id").asString()).isEqualTo(id);
		assertThat(http.get("/api/v1/people?q=Sylvia", idva).body()).contains("Sylvia");
		assertThat(http.get("/api/v1/people?q=caseloadtest", housing).json().get("total").asLong()).isZero();
		assertThat(http.get("/api/v1/people?q=Sylvia", citizens).body()).doesNotContain("Sylvia");
		assertThat(http.get("/api/v1/people?size=500", idva).status()).isEqualTo(400);

		http.signIn("housing", Demo.PASSWORD);
		assertThat(http.get("/people?q=Quentin").body()).doesNotContain("Caseloadtest").contains("Nobody your agency works with");
		assertThat(http.get("/people").body()).contains("Smith, Sylvia");
		Http idvaPages = new Http(port);
		idvaPages.signIn("idva", Demo.PASSWORD);
		assertThat(idvaPages.get("/people?q=Quentin").body()).contains("Caseloadtest, Quentin");
	}

}
