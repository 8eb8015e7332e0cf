package org.accord.identity.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * The session cookie: HTTP only, same-site lax, and Secure whenever Accord is reached over HTTPS (its base
 * URL says so) or ACCORD_SECURE_COOKIES asks for it, so a proxy that ends TLS cannot leave it sent in clear.
 */
@Configuration(proxyBeanMethods = false)
class SessionCookieConfiguration {

	@Bean
	CookieSerializer sessionCookie(@Value("${accord.base-url}") String baseUrl,
			@Value("${server.servlet.session.cookie.secure:false}") boolean secureAsked,
			@Value("${server.servlet.session.cookie.name:ACCORD_SESSION}") String name) {
		DefaultCookieSerializer cookie = new DefaultCookieSerializer();
		cookie.setCookieName(name);
		cookie.setUseHttpOnlyCookie(true);
		cookie.setSameSite("Lax");
		cookie.setCookiePath("/");
		cookie.setUseSecureCookie(secureAsked || baseUrl.regionMatches(true, 0, "https:", 0, 6));
		return cookie;
	}

}
