package org.accord.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.accord.support.Demo;
import org.accord.support.Http;
import org.accord.support.Json;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.accord.browser.BrowserSupport.assertAccessible;

/**
 * The shared record in the pages (issue 11): the IDVA records Sylvia's household and the refuge
 * address and hands the lead to the CPN; a worker finds Sylvia by her NHS number, then by her former
 * surname. axe checks every page on the way.
 */
class SharedRecordJourneyTests extends BrowserTest {

	@Autowired
	Demo demo;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theIdvaCompletesSylviasHouseholdAndHandsTheLeadToTheCpnAndAWorkerFindsHer() {
		String sylvia = demo.sylvia();
		Http api = new Http(port);
		api.postJson("/api/v1/people", Json.of("givenName", "Gwen", "familyName", "Hartley", "dateOfBirth", "1961-02-02"), api.token("idva"));

		page.navigate("/sign-in");
		signIn("idva");
		page.navigate("/people/" + sylvia);
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Household and relationships"))).isVisible();
		// Her children's and Mark's records are other people's, which Safer Futures has no grounds to see: none listed.
		assertThat(page.locator(".govuk-summary-card", new Page.LocatorOptions().setHasText("Household and relationships")))
			.not().containsText("Mark Smith");
		assertAccessible(page);

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record a relationship")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Record a relationship"))).isVisible();
		assertAccessible(page);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the relationship")).click();
		assertThat(page.locator(".govuk-error-summary")).containsText("Select the person");
		assertAccessible(page);
		page.getByLabel("Who?").selectOption(new SelectOption().setLabel("Gwen Hartley, born 2 Feb 1961"));
		page.getByLabel("Parent", new Page.GetByLabelOptions().setExact(true)).check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the relationship")).click();
		assertThat(page.locator(".govuk-summary-card", new Page.LocatorOptions().setHasText("Household and relationships"))).containsText("Gwen Hartley");
		assertAccessible(page);

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Change the confidential location your agency holds")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Confidential location"))).isVisible();
		assertThat(page.getByLabel("Address")).hasValue("Safer Futures refuge, 14 Larch Close, Northbridge NB3 7QT");
		assertAccessible(page);
		page.getByLabel("Address").fill("");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the location")).click();
		assertThat(page.locator(".govuk-error-summary")).containsText("Enter the address");
		assertAccessible(page);
		page.getByLabel("Address").fill("Safer Futures refuge, 14 Larch Close, Northbridge NB3 7QT");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the location")).click();
		assertThat(page.locator(".govuk-notification-banner")).containsText("Only Safer Futures sees it");
		assertAccessible(page);

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Every lead so far, or hand it over")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Lead professional"))).isVisible();
		assertAccessible(page);
		page.getByLabel("Daniel Okafor, Community psychiatric nurse, Northshire Community Mental Health Team").check();
		page.getByLabel("Who agreed it?").fill("Sylvia, at her care plan review");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Hand the lead over")).click();
		assertThat(page.locator(".govuk-inset-text")).containsText("Daniel Okafor, Northshire Community Mental Health Team");
		assertThat(page.locator("table")).containsText("Handed over");
		assertAccessible(page);

		// Back to the IDVA, as agreed at the MARAC, so the demo household stays as the scenario tells it.
		page.getByLabel("Amira Khan, IDVA and lead professional, Safer Futures").check();
		page.getByLabel("Who agreed it?").fill("Sylvia, with the agencies at last month's MARAC");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Hand the lead over")).click();
		assertThat(page.locator(".govuk-inset-text")).containsText("Amira Khan, Safer Futures");
		signOut();

		page.navigate("/sign-in");
		signIn("cpn");
		page.navigate("/people");
		page.getByLabel("Identifier").selectOption("NHS_NUMBER");
		page.getByLabel("Number or reference").fill("943 476 5919");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Find by identifier")).click();
		assertThat(page.locator("table")).containsText("Sylvia Smith");
		assertAccessible(page);

		page.getByLabel("First name").fill("Sylvia");
		page.getByLabel("Last name").fill("Hartley");
		page.getByLabel("Day").fill("4");
		page.getByLabel("Month").fill("12");
		page.getByLabel("Year").fill("1987");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search").setExact(true)).click();
		assertThat(page.locator("table").first()).containsText("Sylvia Smith");
		assertAccessible(page);
	}

}
