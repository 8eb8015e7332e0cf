package org.accord.identity.internal;

import org.accord.platform.DemoMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Tells whoever started Accord where it is and, in demo mode, how to sign in. */
@Component
class StartupBanner {

	private static final Logger log = LoggerFactory.getLogger(StartupBanner.class);

	private final DemoMode demo;

	private final JdbcClient jdbc;

	private final String baseUrl;

	StartupBanner(DemoMode demo, JdbcClient jdbc, @Value("${accord.base-url}") String baseUrl) {
		this.demo = demo;
		this.jdbc = jdbc;
		this.baseUrl = baseUrl;
	}

	@EventListener(ApplicationReadyEvent.class)
	void ready(ApplicationReadyEvent event) {
		String port = event.getApplicationContext().getEnvironment().getProperty("local.server.port");
		String url = port == null ? baseUrl : baseUrl.replaceFirst(":\\d+$", ":" + port);
		log.info("Accord is ready at {}", url);
		if (demo.enabled()) {
			var present = jdbc.sql("select username from app_user where username in (:names) and enabled order by username")
				.param("names", DemoAccounts.usernames()).query(String.class).list();
			if (!present.isEmpty()) {
				log.info("Demo accounts (password '{}'): {}", DemoAccounts.PASSWORD, String.join(", ", present));
			}
		}
	}

}
