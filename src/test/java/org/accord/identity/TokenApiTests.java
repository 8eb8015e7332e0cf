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
	void twentyWrongPasswordsInARowLockTheAccount() {
		String name = "housing";
		int refusedWhileLocked = 0;
		for (int i = 0; i < 20; i++) {
			var r = http.postJson("/api/v1/auth/token", "{\"username\":\"" + name + "\",\"password\":\"wrong-" + i + "\"}");
			assertThat(r.status()).isIn(401, 429);
			if (r.status() == 429) {
				refusedWhileLocked++;
			}
		}
		assertThat(refusedWhileLocked).as("attempts refused by the lock").isGreaterThanOrEqualTo(10);
		var rightPassword = http.postJson("/api/v1/auth/token", "{\"username\":\"" + name + "\",\"password\":\"accord-demo\"}");
		assertThat(rightPassword.status()).as("even the right password is refused while locked").isEqualTo(429);
		jdbc.sql("delete from sign_in_throttle where username_key = ?").param(name).update();
		assertThat(http.postJson("/api/v1/auth/token", "{\"username\":\"housing\",\"password\":\"accord-demo\"}").status())
			.isEqualTo(200);
	}

	@Test
	void unknownNamesAreThrottledLikeRealOnes() {
		for (int i = 0; i < 10; i++) {
			http.postJson("/api/v1/auth/token", "{\"username\":\"ghost-account\",\"password\":\"wrong\"}");
		}
		assertThat(http.postJson("/api/v1/auth/token", "{\"username\":\"ghost-account\",\"password\":\"wrong\"}").status())
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
