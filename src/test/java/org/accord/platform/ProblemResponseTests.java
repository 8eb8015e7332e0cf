package org.accord.platform;

import org.accord.support.Http;
import org.accord.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Whatever a client sends, it gets a problem response naming what was wrong, never a 500. */
@IntegrationTest
class ProblemResponseTests {

	@LocalServerPort
	int port;

	Http http;

	String token;

	@BeforeEach
	void setUp() {
		http = new Http(port);
		token = http.token("drugworker");
	}

	@Test
	void malformedJsonIs400() {
		var r = http.postJson("/api/v1/auth/token", "{\"username\": \"idva\", ");
		assertThat(r.status()).isEqualTo(400);
		assertThat(r.contentType()).startsWith("application/problem+json");
		assertThat(r.json().get("status").asInt()).isEqualTo(400);
		assertThat(r.json().get("detail").asString()).contains("not valid JSON");
		assertThat(r.json().has("type")).isTrue();
		assertThat(r.json().has("title")).isTrue();
	}

	@Test
	void wrongTypesNameTheField() {
		var r = http.postJson("/api/v1/auth/token", "{\"username\": [\"idva\"], \"password\": \"x\"}");
		assertThat(r.status()).isEqualTo(400);
		assertThat(r.json().get("errors").get(0).get("field").asString()).isEqualTo("username");
	}

	@Test
	void missingFieldsAreEachNamed() {
		var r = http.postJson("/api/v1/auth/token", "{}");
		assertThat(r.status()).isEqualTo(400);
		assertThat(r.body()).contains("\"field\":\"username\"").contains("\"field\":\"password\"");
	}

	@Test
	void missingBodyAndWrongMediaTypeAreClientErrors() {
		assertThat(http.send("POST", "/api/v1/auth/token", "application/json", null, null).status()).isEqualTo(400);
		var r = http.send("POST", "/api/v1/auth/token", "text/plain", "username=idva", null);
		assertThat(r.status()).isEqualTo(415);
		assertThat(r.contentType()).startsWith("application/problem+json");
	}

	@Test
	void unknownIdIs404AndMalformedIdNamesTheField() {
		var unknown = http.get("/api/v1/agencies/00000000-0000-0000-0000-000000000000", token);
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.contentType()).startsWith("application/problem+json");
		var malformed = http.get("/api/v1/agencies/not-a-uuid", token);
		assertThat(malformed.status()).isEqualTo(400);
		assertThat(malformed.json().get("errors").get(0).get("field").asString()).isEqualTo("id");
	}

	@Test
	void badPagingParametersNameTheField() {
		var r = http.get("/api/v1/agencies?size=100000", token);
		assertThat(r.status()).isEqualTo(400);
		assertThat(r.json().get("errors").get(0).get("field").asString()).isEqualTo("size");
		var notANumber = http.get("/api/v1/agencies?page=first", token);
		assertThat(notANumber.status()).isEqualTo(400);
		assertThat(notANumber.json().get("errors").get(0).get("field").asString()).isEqualTo("page");
	}

	@Test
	void unknownPathsAndMethodsAreProblems() {
		var path = http.get("/api/v1/no-such-thing", token);
		assertThat(path.status()).isEqualTo(404);
		assertThat(path.contentType()).startsWith("application/problem+json");
		var method = http.send("PUT", "/api/v1/agencies", "application/json", "{}", token);
		assertThat(method.status()).isEqualTo(405);
		assertThat(method.contentType()).startsWith("application/problem+json");
	}

	@Test
	void noTokenIs401Problem() {
		var r = new Http(port).get("/api/v1/agencies");
		assertThat(r.status()).isEqualTo(401);
		assertThat(r.contentType()).startsWith("application/problem+json");
		assertThat(r.header("WWW-Authenticate")).isEqualTo("Bearer");
		assertThat(new Http(port).get("/api/v1/agencies", "made-up-token-made-up-token").status()).isEqualTo(401);
	}

	@Test
	void everyResponseCarriesARequestIdAndSecurityHeaders() {
		var r = http.get("/api/v1/agencies", token);
		assertThat(r.header("X-Request-Id")).isNotBlank();
		assertThat(r.header("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(r.header("Content-Security-Policy")).contains("frame-ancestors 'none'").doesNotContain("unsafe-inline");
	}

}
