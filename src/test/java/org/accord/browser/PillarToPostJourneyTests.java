package org.accord.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.accord.browser.BrowserSupport.assertAccessible;

/**
 * The demo's person passed from pillar to post (issue 12): the housing officer finds them on the referral inbox and
 * reads who declined them on their record; the mental health team, shared only their core profile, sees the banner
 * without the declines. axe checks each page.
 */
class PillarToPostJourneyTests extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void theHousingOfficerFindsThePersonOnTheInboxAndReadsWhoDeclinedThem() {
		String person = jdbc.sql("select person_id::text from referral where reason like 'Panic attacks since the eviction%'")
			.query(String.class).single();
		String name = jdbc.sql("select given_name || ' ' || family_name from person where id = cast(? as uuid)")
			.param(person).query(String.class).single();
		page.navigate("/sign-in");
		signIn("housing");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Referrals").setExact(true)).click();
		Locator list = page.locator("table", new Page.LocatorOptions().setHasText("People passed from pillar to post"));
		assertThat(list).containsText(name);
		assertAccessible(page);
		list.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name)).first().click();
		Locator banner = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Important Passed from "
				+ "pillar to post"));
		assertThat(banner).containsText("Talking therapies (Northshire Community Mental Health Team), No capacity");
		assertThat(banner).containsText("Benefits advice");
		assertAccessible(page);
		signOut();

		boolean mentalHealthInvolved = jdbc.sql("""
				select count(*) > 0 from involvement i join agency a on a.id = i.agency_id
				where i.person_id = cast(? as uuid) and a.name = 'Northshire Community Mental Health Team'""")
			.param(person).query(Boolean.class).single();
		if (!mentalHealthInvolved) {
			page.navigate("/sign-in");
			signIn("cpn");
			page.navigate("/people/" + person);
			assertThat(banner).containsText("There are 3 declines you may not see the details of.");
			assertThat(banner).not().containsText("Talking therapies");
			assertAccessible(page);
		}
	}

}
