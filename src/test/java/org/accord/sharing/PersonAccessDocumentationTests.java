package org.accord.sharing;

import org.accord.support.Http;
import org.accord.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The OpenAPI document shows integrators the person's id in the path, never the access decision the server makes of it. */
@IntegrationTest
class PersonAccessDocumentationTests {

	@LocalServerPort
	int port;

	@Test
	void aPersonsRoutesDocumentTheirIdAsAPathParameter() {
		Http http = new Http(port);
		http.signIn("idva", "accord-demo");
		JsonNode paths = http.get("/v3/api-docs").json().get("paths");
		JsonNode read = paths.get("/api/v1/people/{id}").get("get").get("parameters");
		assertThat(read.valueStream().map(p -> p.get("in").asString() + " " + p.get("name").asString())).containsExactly("path id");
		JsonNode join = paths.get("/api/v1/people/{id}/involvements").get("post").get("parameters");
		assertThat(join.toString()).contains("\"in\":\"path\"").contains("\"name\":\"id\"").doesNotContain("decision").doesNotContain("mayWrite");
	}

}
