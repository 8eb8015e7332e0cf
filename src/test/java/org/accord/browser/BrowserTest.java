package org.accord.browser;

import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import org.accord.support.Demo;
import org.accord.support.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** A real Chromium for each journey, a fresh browser context for each test, and no console error allowed. */
@IntegrationTest
@ExtendWith(BrowserSupport.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTest {

	@LocalServerPort
	int port;

	Playwright playwright;

	Browser browser;

	BrowserContext context;

	Page page;

	final List<String> consoleErrors = new ArrayList<>();

	@BeforeAll
	void launch() {
		playwright = BrowserSupport.playwright();
		browser = BrowserSupport.launch(playwright);
	}

	@AfterAll
	void close() {
		if (playwright != null) {
			playwright.close();
		}
	}

	@BeforeEach
	void newContext() {
		context = browser.newContext(new Browser.NewContextOptions().setBaseURL("http://localhost:" + port));
		page = context.newPage();
		consoleErrors.clear();
		page.onConsoleMessage(message -> {
			// An error page's own status is reported as a failed load; anything else (a CSP refusal, a script error) counts.
			if ("error".equals(message.type()) && !message.text().matches("Failed to load resource: .*status of 40[34].*")) {
				consoleErrors.add(message.text());
			}
		});
	}

	@AfterEach
	void closeContext() {
		context.close();
		assertThat(consoleErrors).as("browser console errors (a CSP violation shows here)").isEmpty();
	}

	void signIn(String username) {
		page.getByLabel("User name").fill(username);
		page.getByLabel("Password").fill(Demo.PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
		assertThat(page).hasURL("http://localhost:" + port + "/");
	}

	void signOut() {
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out").setExact(true)).click();
	}

}
