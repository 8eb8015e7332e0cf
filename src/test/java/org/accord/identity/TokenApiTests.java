package org.accord.identity;

import org.accord.support.Http;
import org.accord.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class TokenApiTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	Http http;

	@BeforeEach
	void setUp() {
		http = new Http(port);
	}

	@Test
	void demoCredentialsGiveATokenThatOpensTheAgencies() {
		var response = http.postJson("/api/v1/auth/token", "{\"username\":\"idva\",\"password\":\"accord-demo\"}");
		assertThat(response.status()).isEqualTo(200);
		var json = response.json();
		assertThat(json.get("token_type").asString()).isEqualTo("Bearer");
		assertThat(json.get("expires_in").asLong()).isPositive();
		String token = json.get("access_token").asString();

		var agencies = http.get("/api/v1/agencies", token);
		assertThat(agencies.status()).isEqualTo(200);
		assertThat(agencies.json().get("items").size()).isGreaterThanOrEqualTo(11);
		assertThat(agencies.json().get("total").asInt()).isGreaterThanOrEqualTo(11);
		assertThat(agencies.body()).contains("Safer Futures");

		var me = http.get("/api/v1/me", token);
		assertThat(me.json().get("username").asString()).isEqualTo("idva");
		assertThat(me.json().get("agencyName").asString()).isEqualTo("Safer Futures");
		assertThat(me.json().get("roles").get(0).asString()).isEqualTo("PRACTITIONER");
	}

	@Test
	void tokensAreStoredOnlyAsHashes() {
		String token = http.token("cpn", "accord-demo");
		int plain = jdbc.sql("select count(*) from api_token where token_hash = ?").param(token).query(Integer.class).single();
		assertThat(plain).isZero();
		assertThat(http.get("/api/v1/me", token).status()).isEqualTo(200);
	}

	@Test
	void wrongPasswordAndUnknownUserGetTheSameAnswer() {
		var wrongPassword = http.postJson("/api/v1/auth/token", "{\"username\":\"police\",\"password\":\"nope-nope-nope\"}");
		var unknownUser = http.postJson("/api/v1/auth/token", "{\"username\":\"no-such-user-x\",\"password\":\"nope-nope-nope\"}");
		assertThat(wrongPassword.status()).isEqualTo(401);
		assertThat(unknownUser.status()).isEqualTo(401);
		assertThat(wrongPassword.contentType()).startsWith("application/problem+json");
		assertThat(wrongPassword.json().get("detail").asString()).isEqualTo(unknownUser.json().get("detail").asString());
		assertThat(wrongPassword.json().get("title").asString()).isEqualTo(unknownUser.json().get("title").asString());
	}

	@Test
	void wrongPasswordsSlowTheAddressThatSentThemNotTheOwnerElsewhere() {
		Http attacker = http.from("192.0.2.41");
		int refused = 0;
		for (int i = 0; i < 20; i++) {
			var r = attacker.postJson("/api/v1/auth/token", "{\"username\":\"housing\",\"password\":\"wrong-" + i + "\"}");
			assertThat(r.status()).isIn(401, 429);
			if (r.status() == 429) {
				refused++;
				assertThat(r.contentType()).startsWith("application/problem+json");
				assertThat(Integer.parseInt(r.header("Retry-After"))).isPositive();
			}
		}
		assertThat(refused).as("attempts refused without checking the password").isEqualTo(15);
		var rightPassword = attacker.postJson("/api/v1/auth/token", "{\"username\":\"housing\",\"password\":\"accord-demo\"}");
		assertThat(rightPassword.status()).as("even the right password waits, from the address that guessed").isEqualTo(429);
		assertThat(http.from("192.0.2.42").postJson("/api/v1/auth/token",
				"{\"username\":\"housing\",\"password\":\"accord-demo\"}").status())
			.as("the owner elsewhere").isEqualTo(200);
	}

	@Test
	void unknownNamesAreSlowedLikeRealOnes() {
		Http attacker = http.from("192.0.2.43");
		for (int i = 0; i < 5; i++) {
			assertThat(attacker.postJson("/api/v1/auth/token", "{\"username\":\"ghost-account\",\"password\":\"wrong\"}").status())
				.isEqualTo(401);
		}
		assertThat(attacker.postJson("/api/v1/auth/token", "{\"username\":\"ghost-account\",\"password\":\"wrong\"}").status())
			.isEqualTo(429);
	}

	@Test
	void aRevokedTokenStopsWorkingAtOnce() {
		String token = http.token("socialworker", "accord-demo");
		assertThat(http.get("/api/v1/me", token).status()).isEqualTo(200);
		assertThat(http.send("DELETE", "/api/v1/auth/token", null, null, null).status()).as("revoking needs the token revoked").isEqualTo(401);
		assertThat(http.send("DELETE", "/api/v1/auth/token", null, null, "no-such-token-0000000000000").status()).isEqualTo(401);
		assertThat(http.send("DELETE", "/api/v1/auth/token", null, null, token).status()).isEqualTo(204);
		var after = http.get("/api/v1/me", token);
		assertThat(after.status()).isEqualTo(401);
		assertThat(after.contentType()).startsWith("application/problem+json");
	}

	@Test
	void tokenIssuanceIsAudited() {
		http.token("coordinator", "accord-demo");
		int rows = jdbc.sql("select count(*) from audit_event where action = 'TOKEN_ISSUED' and username = 'coordinator'")
			.query(Integer.class).single();
		assertThat(rows).isPositive();
	}

}
