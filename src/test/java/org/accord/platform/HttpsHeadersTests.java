package org.accord.platform;

import org.accord.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

/** HSTS is sent only over HTTPS (where a browser honours it), on pages and API alike, with the other protective headers. */
@IntegrationTest
class HttpsHeadersTests {

	@Autowired
	WebApplicationContext context;

	@Test
	void strictTransportSecurityOverHttpsOnly() throws Exception {
		MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
		mvc.perform(get("/sign-in").secure(true))
			.andExpect(header().string("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains"));
		mvc.perform(get("/api/v1/agencies").secure(true))
			.andExpect(header().string("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains"));
		mvc.perform(get("/sign-in")).andExpect(header().doesNotExist("Strict-Transport-Security"));
	}

	@Test
	void noPageMayUsePowerfulFeaturesOrBeOpenedOrEmbeddedFromAnotherOrigin() throws Exception {
		MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
		for (String path : new String[] { "/sign-in", "/api/v1/agencies" }) {
			mvc.perform(get(path))
				.andExpect(header().string("Permissions-Policy", org.hamcrest.Matchers.containsString("camera=()")))
				.andExpect(header().string("Permissions-Policy", org.hamcrest.Matchers.containsString("geolocation=()")))
				.andExpect(header().string("Cross-Origin-Opener-Policy", "same-origin"))
				.andExpect(header().string("Cross-Origin-Resource-Policy", "same-origin"));
		}
	}

}
