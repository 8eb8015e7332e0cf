package org.accord.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.accord.support.Demo;
import org.accord.support.Http;
import org.accord.support.Joins;
import org.accord.support.Json;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.accord.browser.BrowserSupport.assertAccessible;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The issue 9 journey over Sylvia's record: the police join with grounds and the IDVA sees who joined
 * and why; the IDVA records Sylvia's consent to share the police's criminal justice records with housing,
 * which sees nothing of them until the police confirm; the alcohol worker ends her involvement, recording
 * the support that stays. axe checks every page.
 */
class NeedToKnowJourneyTests extends BrowserTest {

	@Autowired
	Demo demo;

	@Autowired
	JdbcClient jdbc;

	@Test
	void thePoliceJoinSylviaTheirRecordsReachHousingOnlyOnceTheyConfirmAndTheAlcoholWorkerEndsHerInvolvement() {
		String sylvia = demo.sylvia();
		Http api = new Http(port);
		String police = api.token("police");
		// The police's earlier investigation had closed; a new report brings them back.
		var closed = api.postJson("/api/v1/people/" + sylvia + "/involvements/end",
				Json.of("reason", "Investigation closed", "ongoingSupport", "Safer Futures"), police);
		assertThat(closed.status()).as(closed.body()).isEqualTo(200);

		try {
			journey(sylvia);
		}
		finally {
			restore(api, sylvia);
		}
	}

	private void journey(String sylvia) {
		page.navigate("/sign-in");
		signIn("police");
		page.navigate("/people");
		page.getByLabel("First name").fill("Sylvia");
		page.getByLabel("Last name").fill("Smith");
		page.getByLabel("Day").fill("4");
		page.getByLabel("Month").fill("12");
		page.getByLabel("Year").fill("1987");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")).click();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile("This is the person.*Sylvia Smith")))
			.click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Join this record"))).isVisible();
		assertAccessible(page);
		page.getByLabel("A statutory duty").check();
		page.getByLabel("Reason").fill("A new report of threats from her former partner");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Join the record")).click();
		assertThat(page.locator(".govuk-notification-banner")).containsText("Northshire Police is now recorded as involved");
		assertAccessible(page);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Chronology")).click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add an entry")).click();
		page.getByLabel("Day").fill("20");
		page.getByLabel("Month").fill("11");
		page.getByLabel("Year").fill("2026");
		page.getByLabel("Type of event").selectOption("COURT");
		page.getByLabel("Fact", new Page.GetByLabelOptions().setExact(true)).check();
		page.getByLabel("What happened").fill("Non-molestation order granted against Mark Smith until next November");
		page.getByLabel("What kind of information is this?").selectOption("CRIMINAL_JUSTICE");
		assertAccessible(page);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add entry")).click();
		assertThat(page.locator(".govuk-notification-banner")).containsText("Entry added");
		signOut();

		signIn("idva");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile("^Notifications"))).click();
		assertThat(page.locator("main")).containsText("Northshire Police joined Sylvia Smith's record");
		assertThat(page.locator("main")).containsText("A new report of threats from her former partner");
		assertAccessible(page);
		page.navigate("/people/" + sylvia + "/sharing");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record consent")).click();
		page.getByLabel("Criminal justice").check();
		fieldset("Who it may be shared with").getByLabel("Northshire Homes Tenancy Support").check();
		fieldset("Other agencies whose records it shares").getByLabel("Northshire Police").check();
		page.getByLabel("What it is shared for").fill("Her rehousing application needs the court order");
		assertAccessible(page);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record consent")).click();
		assertThat(page.locator(".govuk-notification-banner")).containsText("asked to confirm");
		assertThat(page.locator("main")).containsText("Not yet confirmed");
		assertAccessible(page);
		signOut();

		signIn("housing");
		page.navigate("/people/" + sylvia + "/chronology");
		assertThat(page.locator("main")).not().containsText("Non-molestation order");
		signOut();

		signIn("police");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sharing").setExact(true)).click();
		assertThat(page.locator("main")).containsText("Asked to share your agency's records");
		assertAccessible(page);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile("^Confirm: share our records.*Sylvia Smith")))
			.click();
		assertThat(page.locator(".govuk-notification-banner")).containsText("Northshire Homes Tenancy Support");
		assertAccessible(page);
		signOut();

		signIn("housing");
		page.navigate("/people/" + sylvia + "/chronology");
		assertThat(page.locator("main")).containsText("Non-molestation order granted against Mark Smith");
		assertAccessible(page);
		signOut();

		signIn("drugworker");
		page.navigate("/people/" + sylvia);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("End your agency's involvement")).click();
		page.getByLabel("Why is your involvement ending?").fill("Sylvia has finished the programme and is not drinking");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("End our involvement")).click();
		assertThat(page.locator(".govuk-error-summary")).containsText("Enter the support that stays in place for the person");
		assertAccessible(page);
		page.getByLabel("What support stays in place for them?").fill("Safer Futures outreach weekly; her GP for relapse prevention");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("End our involvement")).click();
		assertThat(page.locator(".govuk-notification-banner")).containsText("Your agency's involvement has ended");
		assertThat(page.locator("main")).containsText("You can read what is shared with your agency, but not change this record");
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("End your agency's involvement"))).hasCount(0);
		assertAccessible(page);

	}

	/** Leaves the demo household as the other tests know it: the police and the alcohol service on the case, the consent withdrawn. */
	private void restore(Http api, String sylvia) {
		for (String user : new String[] { "police", "drugworker" }) {
			String agency = jdbc.sql("select agency_id::text from app_user where username = ?").param(user).query(String.class).single();
			boolean involved = jdbc.sql("select count(*) from involvement where person_id = cast(? as uuid) and agency_id = cast(? as uuid)"
					+ " and ended_on is null").params(sylvia, agency).query(Integer.class).single() > 0;
			if (!involved) {
				Joins.join(api, jdbc, sylvia, api.token(user), "PERSON_ASKED_FOR_HELP", "Back on the case");
			}
		}
		jdbc.sql("select id::text from consent where person_id = cast(? as uuid) and purpose = ? and withdrawn_at is null")
			.params(sylvia, "Her rehousing application needs the court order").query(String.class).optional()
			.ifPresent(consent -> api.postJson("/api/v1/consents/" + consent + "/withdraw", Json.of("reason", "The journey is over"),
					api.token("idva")));
	}

	private com.microsoft.playwright.Locator fieldset(String legend) {
		return page.locator("fieldset").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(legend));
	}

}
