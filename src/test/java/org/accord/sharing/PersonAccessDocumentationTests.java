package org.accord.sharing;

import org.accord.support.Demo;
import org.accord.support.Http;
import org.accord.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The OpenAPI document, which integrators fetch with their token, shows them the person's id in the path, never the access decision the server makes of it. */
@IntegrationTest
class PersonAccessDocumentationTests {

	@LocalServerPort
	int port;

	@Test
	void aPersonsRoutesDocumentTheirIdAsAPathParameter() {
		Http http = new Http(port);
		http.signIn("idva", Demo.PASSWORD);
		JsonNode paths = http.get("/v3/api-docs").json().get("paths");
		JsonNode read = paths.get("/api/v1/people/{id}").get("get").get("parameters");
		assertThat(read.valueStream().map(p -> p.get("in").asString() + " " + p.get("name").asString())).containsExactly("path id");
		JsonNode join = paths.get("/api/v1/people/{id}/involvements").get("post").get("parameters");
		assertThat(join.toString()).contains("\"in\":\"path\"").contains("\"name\":\"id\"").doesNotContain("decision").doesNotContain("mayWrite");
	}

	@Test
	void integratorsFetchTheDocumentWithTheirTokenWhileSwaggerUiStaysBehindSignIn() {
		Http http = new Http(port);
		String token = http.token("housing");
		var document = http.get("/v3/api-docs", token);
		assertThat(document.status()).isEqualTo(200);
		assertThat(document.json().get("paths").has("/api/v1/people/{id}")).isTrue();
		assertThat(http.get("/v3/api-docs", "not-a-real-token-at-all-000000").status()).isEqualTo(401);
		assertThat(http.get("/swagger-ui.html", token).status()).isEqualTo(302);
		assertThat(http.get("/swagger-ui.html", token).location()).endsWith("/sign-in");
	}

}
