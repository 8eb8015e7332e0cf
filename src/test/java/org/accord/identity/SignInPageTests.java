package org.accord.identity;

import java.util.Map;

import org.accord.support.Http;
import org.accord.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class SignInPageTests {

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
	void signInShowsTheDashboardWithNameAndAgencyThenSignOutEndsTheSession() {
		var signIn = http.signIn("idva", "accord-demo");
		assertThat(signIn.status()).isEqualTo(302);
		assertThat(signIn.location()).endsWith("/");

		var dashboard = http.get("/");
		assertThat(dashboard.status()).isEqualTo(200);
		assertThat(dashboard.body()).contains("Amira Khan").contains("Safer Futures").contains("Sign out");
		assertThat(dashboard.body()).doesNotContain("/admin/users");

		var signOut = http.postForm("/sign-out", Map.of(), "/");
		assertThat(signOut.status()).isEqualTo(302);
		assertThat(signOut.location()).contains("/sign-in?signedOut");
		var after = http.get("/");
		assertThat(after.status()).isEqualTo(302);
		assertThat(after.location()).endsWith("/sign-in");
	}

	@Test
	void sessionsLiveInTheDatabase() {
		http.signIn("cpn", "accord-demo");
		int sessions = jdbc.sql("select count(*) from spring_session where principal_name = 'cpn'").query(Integer.class).single();
		assertThat(sessions).isPositive();
	}

	@Test
	void wrongPasswordShowsAnErrorSummaryThatNamesTheField() {
		var r = http.signIn("idva", "not-the-password");
		assertThat(r.location()).contains("/sign-in?error=invalid");
		var page = http.get("/sign-in?error=invalid");
		assertThat(page.body()).contains("govuk-error-summary").contains("href=\"#username\"")
			.contains("Enter a correct user name and password").contains("<title>Error: Sign in");
	}

	@Test
	void signInWithoutCsrfTokenIsRefused() {
		var r = http.postFormRaw("/sign-in", Map.of("username", "idva", "password", "accord-demo"));
		assertThat(r.status()).isEqualTo(403);
	}

	@Test
	void aPageOfAnotherRoleIsForbiddenWithoutLeakingAnything() {
		http.signIn("police", "accord-demo");
		var r = http.get("/admin/users");
		assertThat(r.status()).isEqualTo(403);
		assertThat(r.body()).contains("You cannot see this page").doesNotContain("Exception").doesNotContain("at org.");
	}

	@Test
	void anUnknownPageIsAPlain404() {
		http.signIn("police", "accord-demo");
		var r = http.get("/no/such/page");
		assertThat(r.status()).isEqualTo(404);
		assertThat(r.body()).contains("Page not found").doesNotContain("Exception").doesNotContain("/no/such/page");
	}

	@Test
	void signOutEverywhereEndsOtherSessionsAndRevokesTokens() {
		Http laptop = new Http(port);
		Http phone = new Http(port);
		laptop.signIn("chair", "accord-demo");
		phone.signIn("chair", "accord-demo");
		String token = laptop.token("chair", "accord-demo");
		assertThat(phone.get("/").status()).isEqualTo(200);

		var r = laptop.postForm("/account/sign-out-everywhere", Map.of(), "/account");
		assertThat(r.location()).contains("signedOutEverywhere");
		assertThat(phone.get("/").status()).isEqualTo(302);
		assertThat(laptop.get("/api/v1/me", token).status()).isEqualTo(401);
		assertThat(jdbc.sql("select count(*) from audit_event where action = 'SIGN_OUT_EVERYWHERE'").query(Integer.class).single())
			.isPositive();
	}

	@Test
	void pagesCarryTheSecurityHeadersAndNoInlineScript() {
		var r = http.get("/sign-in");
		assertThat(r.header("Content-Security-Policy")).contains("script-src 'self'").contains("frame-ancestors 'none'");
		assertThat(r.header("X-Frame-Options")).isEqualTo("DENY");
		assertThat(r.header("Referrer-Policy")).isEqualTo("same-origin");
		assertThat(r.body()).doesNotContain("<script>").contains("<script type=\"module\" src=\"/js/accord.js\">");
		assertThat(r.body()).doesNotContain("govuk-header__logotype").doesNotContain("GDS Transport");
	}

}
