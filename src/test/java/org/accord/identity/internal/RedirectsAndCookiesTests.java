package org.accord.identity.internal;

import jakarta.servlet.http.HttpSession;

import org.accord.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Redirects never carry the Host header a request arrived with, and the session cookie is Secure behind HTTPS. */
@IntegrationTest
class RedirectsAndCookiesTests {

	@Autowired
	WebApplicationContext context;

	@Test
	void signInRedirectsAreRelativeWhateverTheHostHeaderSays() throws Exception {
		MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
		var first = mvc.perform(get("/people").header("Host", "evil.example")).andReturn();
		assertThat(first.getResponse().getStatus()).isEqualTo(302);
		assertThat(first.getResponse().getRedirectedUrl()).isEqualTo("/sign-in");
		HttpSession session = first.getRequest().getSession(false);
		var signedIn = mvc.perform(post("/sign-in").session((org.springframework.mock.web.MockHttpSession) session).with(csrf())
			.header("Host", "evil.example").param("username", "idva").param("password", "accord-demo")).andReturn();
		assertThat(signedIn.getResponse().getRedirectedUrl()).as("back to the page asked for, on this host").isEqualTo("/people");
	}

	@Test
	void aSavedUrlKeepsOnlyItsPathAndQuery() {
		assertThat(RelativeRedirects.pathOf("http://evil.example/people/1?tab=2")).isEqualTo("/people/1?tab=2");
		assertThat(RelativeRedirects.pathOf("https://evil.example")).isEqualTo("/");
		assertThat(RelativeRedirects.pathOf("//evil.example/x")).as("a protocol-relative URL loses its host too").isEqualTo("/x");
		assertThat(RelativeRedirects.pathOf("not a url at all")).isEqualTo("/");
	}

	@Test
	void theSessionCookieIsSecureWheneverTheBaseUrlIsHttps() {
		SessionCookieConfiguration configuration = new SessionCookieConfiguration();
		assertThat(cookie(configuration.sessionCookie("https://accord.northshire.example", false, "ACCORD_SESSION")))
			.contains("Secure").contains("HttpOnly").contains("SameSite=Lax");
		assertThat(cookie(configuration.sessionCookie("http://localhost:8080", false, "ACCORD_SESSION"))).doesNotContain("Secure");
		assertThat(cookie(configuration.sessionCookie("http://localhost:8080", true, "ACCORD_SESSION"))).contains("Secure");
	}

	private static String cookie(CookieSerializer serializer) {
		MockHttpServletRequest request = new MockHttpServletRequest();
		MockHttpServletResponse response = new MockHttpServletResponse();
		serializer.writeCookieValue(new CookieSerializer.CookieValue(request, response, "session-id"));
		return response.getHeader("Set-Cookie");
	}

}
