package org.accord.identity;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import org.accord.support.Http;
import org.accord.support.IntegrationTest;
import org.accord.support.TestClock;
import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class TwoFactorTests {

	private static final String PASSWORD = "correct-horse-battery";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	TestClock clock;

	String username;

	@BeforeEach
	void setUp() {
		username = "tf-" + UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void enrolThenSignInWithACodeWhichCannotBeReplayed() {
		createUser(username, agency("Safer Futures"));
		Http http = new Http(port);
		http.signIn(username, PASSWORD);
		String secret = enrol(http);

		Http second = new Http(port);
		var password = second.signIn(username, PASSWORD);
		assertThat(password.location()).endsWith("/sign-in/code");
		assertThat(second.get("/").location()).as("nothing opens before the second factor").endsWith("/sign-in/code");
		assertThat(second.get("/api/v1/me").status()).isEqualTo(401);

		var wrong = second.postForm("/sign-in/code", Map.of("code", "000000"), "/sign-in/code");
		assertThat(wrong.status()).isEqualTo(200);
		assertThat(wrong.body()).contains("govuk-error-summary").contains("href=\"#code\"");

		clock.advance(Duration.ofSeconds(60));
		String code = code(secret);
		var right = second.postForm("/sign-in/code", Map.of("code", code), "/sign-in/code");
		assertThat(right.location()).endsWith("/");
		assertThat(second.get("/").status()).isEqualTo(200);

		Http third = new Http(port);
		third.signIn(username, PASSWORD);
		var replay = third.postForm("/sign-in/code", Map.of("code", code), "/sign-in/code");
		assertThat(replay.status()).as("the same code a second time").isEqualTo(200);
		assertThat(third.get("/").location()).endsWith("/sign-in/code");
	}

	@Test
	void aRecoveryCodeWorksOnce() {
		createUser(username, agency("Safer Futures"));
		Http http = new Http(port);
		http.signIn(username, PASSWORD);
		var page = http.postForm("/account/two-factor/setup", Map.of("code", code(secretFrom(http))), "/account/two-factor/setup");
		List<String> codes = recoveryCodes(page.body());
		assertThat(codes).hasSize(10);

		Http lostPhone = new Http(port);
		lostPhone.signIn(username, PASSWORD);
		assertThat(lostPhone.postForm("/sign-in/code", Map.of("code", codes.get(3)), "/sign-in/code").location()).endsWith("/");

		Http again = new Http(port);
		again.signIn(username, PASSWORD);
		assertThat(again.postForm("/sign-in/code", Map.of("code", codes.get(3)), "/sign-in/code").status()).isEqualTo(200);
		assertThat(again.get("/").location()).endsWith("/sign-in/code");
		assertThat(jdbc.sql("select count(*) from recovery_code where code_hash = ?").param(codes.get(3)).query(Integer.class).single())
			.as("recovery codes are stored hashed").isZero();
	}

	@Test
	void anAgencyThatRequiresTwoFactorSendsItsUsersToEnrol() {
		UUID strict = UUID.randomUUID();
		jdbc.sql("insert into agency (id, name, type, requires_two_factor) values (?, ?, 'POLICE', true)")
			.params(strict, "Strict Police " + strict).update();
		createUser(username, strict);
		Http http = new Http(port);
		assertThat(http.signIn(username, PASSWORD).location()).endsWith("/account/two-factor/setup");
		assertThat(http.get("/").location()).endsWith("/account/two-factor/setup");
		assertThat(http.get("/account/two-factor/setup").body()).contains("Your agency requires a second factor");

		enrol(http);
		assertThat(http.get("/").status()).isEqualTo(200);

		Http api = new Http(port);
		var noCode = api.postJson("/api/v1/auth/token", "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\"}");
		assertThat(noCode.status()).isEqualTo(401);
	}

	@Test
	void theApiAsksForTheCodeOfAUserWhoHasOne() {
		createUser(username, agency("Northshire Police"));
		Http http = new Http(port);
		http.signIn(username, PASSWORD);
		String secret = enrol(http);
		clock.advance(Duration.ofSeconds(60));
		var noCode = http.postJson("/api/v1/auth/token", "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\"}");
		assertThat(noCode.status()).isEqualTo(401);
		var withCode = http.postJson("/api/v1/auth/token",
				"{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\",\"otp\":\"" + code(secret) + "\"}");
		assertThat(withCode.status()).isEqualTo(200);
	}

	private String enrol(Http http) {
		String secret = secretFrom(http);
		var wrong = http.postForm("/account/two-factor/setup", Map.of("code", "12"), "/account/two-factor/setup");
		assertThat(wrong.body()).contains("Enter the 6-digit code");
		var done = http.postForm("/account/two-factor/setup", Map.of("code", code(secret)), "/account/two-factor/setup");
		assertThat(done.status()).isEqualTo(200);
		assertThat(done.body()).contains("Second factor turned on");
		assertThat(recoveryCodes(done.body())).hasSize(10);
		assertThat(jdbc.sql("select count(*) from audit_event where action = 'TWO_FACTOR_ENROLLED' and username = ?")
			.param(username).query(Integer.class).single()).isEqualTo(1);
		return secret;
	}

	private String secretFrom(Http http) {
		var page = http.get("/account/two-factor/setup");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("data:image/png;base64,");
		Matcher m = Pattern.compile("<code class=\"accord-secret\">([A-Z2-7 ]+)</code>").matcher(page.body());
		assertThat(m.find()).isTrue();
		return m.group(1).replace(" ", "");
	}

	private static List<String> recoveryCodes(String html) {
		Matcher m = Pattern.compile("<code>([a-z2-7]{5}-[a-z2-7]{5})</code>").matcher(html);
		List<String> codes = new ArrayList<>();
		while (m.find()) {
			codes.add(m.group(1));
		}
		return codes;
	}

	private String code(String secret) {
		try {
			var totp = new TimeBasedOneTimePasswordGenerator();
			var key = new SecretKeySpec(new Base32().decode(secret), totp.getAlgorithm());
			return String.format(Locale.ROOT, "%06d", totp.generateOneTimePassword(key, clock.instant()));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private UUID agency(String name) {
		return jdbc.sql("select id from agency where name = ?").param(name).query(UUID.class).single();
	}

	private void createUser(String name, UUID agencyId) {
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into app_user (id, username, display_name, agency_id, password_hash) values (?, ?, ?, ?, ?)")
			.params(id, name, "Test " + name, agencyId, encoder.encode(PASSWORD)).update();
		jdbc.sql("insert into user_role (user_id, role) values (?, 'PRACTITIONER')").param(id).update();
	}

}
