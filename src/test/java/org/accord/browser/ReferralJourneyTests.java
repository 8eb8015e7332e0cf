package org.accord.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.accord.browser.BrowserSupport.assertAccessible;

/**
 * A closed-loop referral in the pages (issue 12): the drug worker finds the domestic abuse service, sees that it
 * is accepting, and refers Sylvia with the checklist; the IDVA accepts; the drug worker sees the answer. axe checks
 * every page on the way.
 */
class ReferralJourneyTests extends BrowserTest {

	@Test
	void theDrugWorkerRefersSylviaTheIdvaAcceptsAndTheDrugWorkerSeesTheAnswer() {
		page.navigate("/sign-in");
		signIn("drugworker");
		page.navigate("/directory");
		page.getByLabel("Need").selectOption("DOMESTIC_ABUSE");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search").setExact(true)).click();
		Locator result = page.locator(".accord-result", new Page.LocatorOptions().setHasText("Safer Futures IDVA service"));
		assertThat(result).containsText("Accepting referrals");
		assertAccessible(page);
		result.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Safer Futures IDVA service")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Safer Futures IDVA service")))
			.isVisible();
		assertThat(page.locator("main")).containsText("Accepting referrals");
		assertAccessible(page);

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Refer someone to this service")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Whom are you referring?")))
			.isVisible();
		assertAccessible(page);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sylvia Smith")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Make a referral"))).isVisible();
		assertAccessible(page);

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send the referral")).click();
		assertThat(page.locator(".govuk-error-summary")).containsText("Confirm that the person meets the service's criteria");
		assertAccessible(page);
		page.getByLabel("The person meets the service's criteria").check();
		page.getByLabel("They understand why they are referred and what happens next").check();
		page.getByLabel("They agreed to this referral and to what it shares").check();
		page.getByLabel("The safe contact details on their record are up to date").check();
		page.getByLabel("No, they need someone with them").check();
		page.getByLabel("Why are you referring them?").fill("She wants support to plan her safety and the children's "
				+ "after her ex-partner's threats. She would like me with her at the first meeting.");
		page.getByLabel("Risk", new Page.GetByLabelOptions().setExact(true)).check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send the referral")).click();
		assertThat(page.locator(".govuk-notification-banner")).containsText("Referral sent to Safer Futures IDVA service");
		assertThat(page.locator("main")).containsText("They need someone with them");
		String referral = page.url();
		assertAccessible(page);
		signOut();

		page.navigate("/sign-in");
		signIn("idva");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Referrals").setExact(true)).click();
		Locator waiting = page.locator("tbody tr").filter(new Locator.FilterOptions().setHasText("Sylvia Smith"))
			.filter(new Locator.FilterOptions().setHasText("Sent"));
		assertThat(waiting).hasCount(1);
		assertAccessible(page);
		waiting.getByRole(AriaRole.LINK).click();
		assertThat(page).hasURL(referral);
		assertThat(page.locator("main")).containsText("Received");
		assertAccessible(page);
		page.getByLabel("A note for the referrer (optional)").fill("I will meet Sylvia with Jane on Thursday");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept the referral")).click();
		assertThat(page.locator(".govuk-notification-banner")).containsText("You accepted the referral");
		assertAccessible(page);
		signOut();

		page.navigate("/sign-in");
		signIn("drugworker");
		page.navigate("/notifications");
		assertThat(page.locator("main")).containsText("Referral to Safer Futures IDVA service accepted");
		assertAccessible(page);
		page.navigate(referral);
		assertThat(page.locator("main")).containsText("Accepted");
		assertThat(page.locator("main")).containsText("I will meet Sylvia with Jane on Thursday");
		assertAccessible(page);
	}

}
