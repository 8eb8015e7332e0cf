package org.accord.identity;

import java.time.Duration;
import java.util.Map;

import org.accord.support.Http;
import org.accord.support.IntegrationTest;
import org.accord.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-in abuse is slowed without handing a stranger the power to lock someone out (issue 10):
 * failures slow the address that made them; spraying many names from one address is slowed; only
 * failures from many addresses hold a name, briefly; every slowing is audited and listed for the
 * administrators, who may release it. Time is the application's clock, moved by the test.
 */
@IntegrationTest
class SignInSlowingTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	Http http;

	@BeforeEach
	void setUp() {
		http = new Http(port);
	}

	@Test
	void tenWrongPasswordsFromOneAddressDoNotStopTheOwnerSigningInFromAnother() {
		Http attacker = http.from("203.0.113.10");
		for (int i = 0; i < 10; i++) {
			attacker.postJson("/api/v1/auth/token", "{\"username\":\"idva\",\"password\":\"guess-" + i + "\"}");
		}
		var slowed = attacker.postJson("/api/v1/auth/token", "{\"username\":\"idva\",\"password\":\"accord-demo\"}");
		assertThat(slowed.status()).isEqualTo(429);
		assertThat(slowed.json().get("detail").asString()).contains("try again in");

		assertThat(http.from("198.18.0.20").postJson("/api/v1/auth/token",
				"{\"username\":\"idva\",\"password\":\"accord-demo\"}").status()).isEqualTo(200);
		var page = new Http(port).from("198.18.0.21").signIn("idva", "accord-demo");
		assertThat(page.location()).as("the sign-in page too").doesNotContain("error");

		assertThat(lockouts("ADDRESS_AND_NAME", "idva", "203.0.113.10")).isEqualTo(1);
		assertThat(jdbc.sql("""
				select count(*) from audit_event where action = 'SIGN_IN_SLOWED' and username = 'idva'
				  and ip_address = '203.0.113.10' and detail like 'Repeated wrong passwords for one name from one address%'""")
			.query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void sprayingManyNamesFromOneAddressIsSlowedWithGrowingWaits() {
		Http sprayer = http.from("203.0.113.66");
		int checked = 0;
		int slowed = 0;
		for (int i = 0; i < 200; i++) {
			var r = sprayer.postJson("/api/v1/auth/token",
					"{\"username\":\"spray-" + (i % 50) + "\",\"password\":\"Summer2026!\"}");
			if (r.status() == 401) {
				checked++;
			}
			else {
				assertThat(r.status()).isEqualTo(429);
				slowed++;
			}
		}
		assertThat(checked).as("passwords checked before the address is slowed").isEqualTo(20);
		assertThat(slowed).isEqualTo(180);
		assertThat(lockouts("ADDRESS", null, "203.0.113.66")).isEqualTo(1);

		clock.advance(Duration.ofSeconds(31));
		assertThat(sprayer.postJson("/api/v1/auth/token", "{\"username\":\"spray-7\",\"password\":\"x\"}").status())
			.as("one more guess after the first wait").isEqualTo(401);
		var next = sprayer.postJson("/api/v1/auth/token", "{\"username\":\"spray-8\",\"password\":\"x\"}");
		assertThat(next.status()).isEqualTo(429);
		long firstWait = Long.parseLong(next.header("Retry-After"));
		assertThat(firstWait).isBetween(1L, 30L);

		// Keep guessing at the pace allowed, and the longer limit starts to bite: the waits grow.
		for (int i = 0; i < 50; i++) {
			clock.advance(Duration.ofSeconds(31));
			sprayer.postJson("/api/v1/auth/token", "{\"username\":\"spray-" + i + "\",\"password\":\"x\"}");
		}
		var later = sprayer.postJson("/api/v1/auth/token", "{\"username\":\"spray-9\",\"password\":\"x\"}");
		assertThat(later.status()).isEqualTo(429);
		assertThat(Long.parseLong(later.header("Retry-After"))).as("the wait after many guesses").isGreaterThan(60);

		assertThat(http.from("198.18.0.30").postJson("/api/v1/auth/token",
				"{\"username\":\"cpn\",\"password\":\"accord-demo\"}").status()).as("others are not slowed").isEqualTo(200);
	}

	@Test
	void onlyFailuresFromManyAddressesHoldANameAndAnAdministratorMayReleaseIt() {
		for (int i = 1; i <= 10; i++) {
			assertThat(http.from("192.0.2." + (100 + i)).postJson("/api/v1/auth/token",
					"{\"username\":\"chair\",\"password\":\"botnet-" + i + "\"}").status()).isEqualTo(401);
		}
		var held = http.from("198.18.0.40").postJson("/api/v1/auth/token", "{\"username\":\"chair\",\"password\":\"accord-demo\"}");
		assertThat(held.status()).as("held for everyone while it lasts").isEqualTo(429);
		assertThat(Long.parseLong(held.header("Retry-After"))).as("briefly").isLessThanOrEqualTo(90);
		assertThat(lockouts("NAME", "chair", null)).isEqualTo(1);

		Http admin = new Http(port);
		admin.signIn("admin", "accord-demo");
		var page = admin.get("/admin/sign-in-lockouts");
		assertThat(page.body()).contains("Wrong passwords for one name from many addresses").contains("<td class=\"govuk-table__cell\">chair</td>");
		String id = jdbc.sql("select id::text from sign_in_lockout where kind = 'NAME' and username_key = 'chair' and released_at is null")
			.query(String.class).single();
		var released = admin.postForm("/admin/sign-in-lockouts/" + id + "/release", Map.of(), "/admin/sign-in-lockouts");
		assertThat(released.status()).isEqualTo(302);
		assertThat(admin.get("/admin/sign-in-lockouts").body()).contains("released by");
		assertThat(http.from("198.18.0.40").postJson("/api/v1/auth/token",
				"{\"username\":\"chair\",\"password\":\"accord-demo\"}").status()).isEqualTo(200);
		assertThat(jdbc.sql("select count(*) from audit_event where action = 'SIGN_IN_RELEASED' and entity_id = ?")
			.param(id).query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void oneAddressCannotHoldANameHoweverPatient() {
		Http patient = http.from("203.0.113.77");
		for (int i = 0; i < 30; i++) {
			patient.postJson("/api/v1/auth/token", "{\"username\":\"drugworker\",\"password\":\"slow-" + i + "\"}");
			clock.advance(Duration.ofSeconds(61));
		}
		assertThat(http.from("198.18.0.50").postJson("/api/v1/auth/token",
				"{\"username\":\"drugworker\",\"password\":\"accord-demo\"}").status()).isEqualTo(200);
		assertThat(lockouts("NAME", "drugworker", null)).isZero();
	}

	@Test
	void whatIsTypedIntoTheNameFieldIsNeverStored() {
		Http typo = http.from("203.0.113.88");
		for (int i = 0; i < 6; i++) {
			typo.postJson("/api/v1/auth/token", "{\"username\":\"MyS3cretPassw0rd\",\"password\":\"x\"}");
		}
		assertThat(jdbc.sql("select count(*) from sign_in_bucket where id ilike '%s3cret%'").query(Integer.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from sign_in_lockout where address = '203.0.113.88' and username_key is null")
			.query(Integer.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from audit_event where detail ilike '%s3cret%' or username ilike '%s3cret%'")
			.query(Integer.class).single()).isZero();
	}

	private int lockouts(String kind, String username, String address) {
		return jdbc.sql("""
				select count(*) from sign_in_lockout where kind = :kind
				  and (cast(:name as text) is null or username_key = :name)
				  and (cast(:address as text) is null or address = :address)""")
			.param("kind", kind)
			.param("name", username)
			.param("address", address)
			.query(Integer.class)
			.single();
	}

}
