package org.accord.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.accord.support.Http;
import org.accord.support.Json;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.accord.browser.BrowserSupport.assertAccessible;
import static org.assertj.core.api.Assertions.assertThat;

/** Journeys in a real Chromium; every page visited is checked by axe. */
class BrowserJourneyTests extends BrowserTest {

	@Test
	void aPractitionerSignsInSeesTheDashboardAndSignsOut() {
		page.navigate("/");
		assertThat(page).hasURL("http://localhost:" + port + "/sign-in");
		assertAccessible(page);

		signIn("idva");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Welcome, Amira Khan"))).isVisible();
		assertThat(page.locator("header")).containsText("Safer Futures");
		assertThat(page.locator("body")).hasClass(java.util.regex.Pattern.compile("govuk-frontend-supported"));
		assertAccessible(page);

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Your account").setExact(true)).first().click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Your account"))).isVisible();
		assertAccessible(page);

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out").setExact(true)).click();
		assertThat(page.getByText("You have signed out")).isVisible();
		assertAccessible(page);
		page.navigate("/");
		assertThat(page).hasURL("http://localhost:" + port + "/sign-in");
	}

	@Test
	void aWrongPasswordShowsTheErrorSummary() {
		page.navigate("/sign-in");
		page.getByLabel("User name").fill("idva");
		page.getByLabel("Password").fill("wrong-password");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
		assertThat(page.locator(".govuk-error-summary")).containsText("Enter a correct user name and password");
		assertThat(page).hasTitle(java.util.regex.Pattern.compile("^Error: "));
		assertAccessible(page);
	}

	@Test
	void anAdministratorManagesAgenciesAndUsersAndReadsTheAuditTrail() {
		page.navigate("/sign-in");
		signIn("admin");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Agencies").setExact(true)).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Agencies").setExact(true))).isVisible();
		assertThat(page.getByText("Safer Futures")).isVisible();
		assertAccessible(page);

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add an agency")).click();
		assertAccessible(page);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save agency")).click();
		assertThat(page.locator(".govuk-error-summary")).containsText("Enter a name for the agency");
		assertThat(page.locator(".govuk-error-summary")).containsText("Select the type of agency");
		assertAccessible(page);

		page.navigate("/admin/users");
		assertAccessible(page);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Amira Khan")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Amira Khan"))).isVisible();
		assertAccessible(page);

		page.navigate("/admin/users/new");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create user")).click();
		assertThat(page.locator(".govuk-error-summary")).containsText("Select at least one role");
		assertAccessible(page);

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Audit trail").setExact(true)).first().click();
		assertThat(page.locator("table")).containsText("SIGN_IN");
		assertAccessible(page);

		page.navigate("/no-such-page");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Page not found"))).isVisible();
		assertAccessible(page);
	}

	@Test
	void secondFactorSetupAndForbiddenPagesAreAccessible() {
		page.navigate("/sign-in");
		signIn("board");
		page.navigate("/account/two-factor/setup");
		assertThat(page.getByRole(AriaRole.IMG)).isVisible();
		assertAccessible(page);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Turn on second factor")).click();
		assertThat(page.locator(".govuk-error-summary")).containsText("Enter the 6-digit code");
		assertAccessible(page);

		page.navigate("/admin/users");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("You cannot see this page"))).isVisible();
		assertAccessible(page);
	}

	@Test
	void anIdleUserIsWarnedBeforeTheSessionEndsAndCanStaySignedIn() {
		page.clock().install();
		page.navigate("/sign-in");
		signIn("cpn");
		page.clock().fastForward("28:30");
		var dialog = page.getByRole(AriaRole.ALERTDIALOG);
		assertThat(dialog).isVisible();
		assertThat(dialog).containsText("You are about to be signed out");
		assertAccessible(page);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Stay signed in")).click();
		assertThat(dialog).isHidden();
		page.reload();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Welcome, Daniel Okafor"))).isVisible();
	}

	@Test
	void aPractitionerFindsAServiceByNeedAndOpensItsPage() {
		page.navigate("/sign-in");
		signIn("idva");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Directory").setExact(true)).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Find a service"))).isVisible();
		assertAccessible(page);

		page.getByLabel("Need").selectOption("SUBSTANCE_USE");
		page.getByLabel("Area").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Northbridge"));
		page.getByLabel("Services for").selectOption("WOMEN");
		page.getByLabel("Has children with them").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")).click();
		assertThat(page.locator(".accord-results")).containsText("Women's recovery group");
		assertAccessible(page);

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Women's recovery group")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Women's recovery group"))).isVisible();
		assertThat(page.locator("main")).containsText("How to refer");
		assertAccessible(page);

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Northshire Family Alcohol Service")).click();
		assertThat(page.locator("main")).containsText("Domestic abuse champion");
		assertAccessible(page);

		page.navigate("/directory?q=refuje");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Safer Futures refuge")).click();
		assertThat(page.locator("main")).containsText("Larch Close");
		assertAccessible(page);

		page.navigate("/directory/champions");
		assertAccessible(page);
		page.navigate("/directory/verify");
		assertAccessible(page);
		page.navigate("/directory?age=old");
		assertThat(page.locator(".govuk-error-summary")).containsText("Enter an age in years");
		assertAccessible(page);
	}

	@Test
	void anAdministratorKeepsTheDirectoryUpToDate() {
		page.navigate("/sign-in");
		signIn("admin");
		page.navigate("/directory/services/new");
		assertAccessible(page);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save service")).click();
		assertThat(page.locator(".govuk-error-summary")).containsText("Enter the name of the service");
		assertAccessible(page);

		page.navigate("/directory?q=Safer%20Futures%20IDVA");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Safer Futures IDVA service")).click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Change this service")).click();
		assertAccessible(page);

		page.navigate("/admin/glossary/new");
		assertAccessible(page);

		page.navigate("/admin/directory/import");
		assertAccessible(page);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import")).click();
		assertThat(page.locator(".govuk-error-summary")).containsText("Select an HSDS JSON file");
		assertAccessible(page);
		page.getByLabel("HSDS JSON file").setInputFiles(new com.microsoft.playwright.options.FilePayload("services.json",
				"application/json", ("{\"contents\":[{\"id\":\"" + java.util.UUID.randomUUID()
						+ "\",\"name\":7,\"status\":\"active\"}]}").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import")).click();
		assertThat(page.locator("table")).containsText("REJECTED");
		assertAccessible(page);

		page.navigate("/directory/agencies/" + java.util.UUID.nameUUIDFromBytes("agency:Safer Futures".getBytes()) + "/contacts/new");
		assertAccessible(page);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save contact")).click();
		assertThat(page.locator(".govuk-error-summary")).containsText("Select the role");
		assertAccessible(page);
	}

	@Test
	void glossaryTermsAreExplainedWhereTheyAppearAndAgreementsAreReadable() {
		page.navigate("/sign-in");
		signIn("board");
		page.navigate("/directory?q=Safer%20Futures%20IDVA");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Safer Futures IDVA service")).click();
		var term = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("MARAC").setExact(true)).first();
		assertThat(term).hasAttribute("aria-expanded", "false");
		term.click();
		assertThat(term).hasAttribute("aria-expanded", "true");
		assertThat(page.getByText("Multi-agency risk assessment conference:").first()).isVisible();
		assertAccessible(page);

		page.navigate("/directory/glossary");
		assertThat(page.locator("main")).containsText("Independent sexual violence adviser");
		assertAccessible(page);

		page.navigate("/directory/agreements");
		// Other tests move the shared clock on, so the demo agreement's review may be due or already overdue.
		assertThat(page.locator("main")).containsText(java.util.regex.Pattern.compile("Review (due soon|overdue)"));
		assertAccessible(page);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Safer Futures IDVA service level agreement")).click();
		assertThat(page.locator("main")).containsText("Referrals answered within 5 working days");
		assertAccessible(page);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Change this agreement")).click();
		assertAccessible(page);
		page.navigate("/directory/agreements/new");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save agreement")).click();
		assertThat(page.locator(".govuk-error-summary")).containsText("Enter a title");
		assertAccessible(page);
	}

	@Test
	void practitionersFindBeforeTheyRecordAndJoinAnExistingRecord() {
		java.util.Random random = new java.util.Random();
		String family = "Wrzesniewsk" + (char) ('a' + random.nextInt(26)) + (char) ('a' + random.nextInt(26));
		page.navigate("/sign-in");
		signIn("idva");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("People").setExact(true)).click();
		assertAccessible(page);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")).click();
		assertThat(page.locator(".govuk-error-summary")).containsText("Enter their first name");
		assertAccessible(page);

		page.getByLabel("First name").fill("Zofia");
		page.getByLabel("Last name").fill(family);
		page.getByLabel("Day").fill("11");
		page.getByLabel("Month").fill("7");
		page.getByLabel("Year").fill("1963");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")).click();
		assertAccessible(page);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record Zofia " + family + " as a new person")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Zofia " + family))).isVisible();
		assertAccessible(page);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out").setExact(true)).click();

		signIn("cpn");
		page.navigate("/people");
		page.getByLabel("First name").fill("Zophia");
		page.getByLabel("Last name").fill(family);
		page.getByLabel("Day").fill("7");
		page.getByLabel("Month").fill("11");
		page.getByLabel("Year").fill("1963");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")).click();
		assertThat(page.locator("table")).containsText("Zofia " + family);
		assertThat(page.locator("table")).not().containsText("1963-07");
		assertAccessible(page);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile("This is the person.*Zofia " + family))).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Join this record"))).isVisible();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Join the record")).click();
		assertThat(page.locator(".govuk-error-summary")).containsText("Select why your agency is joining this record");
		assertAccessible(page);
		page.getByLabel("A referral was received").check();
		page.getByLabel("Reason").fill("Referred by her GP for an assessment");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Join the record")).click();
		assertThat(page.locator("table")).containsText("Northshire Community Mental Health Team");
		assertThat(page.locator("table")).containsText("A referral was received");
		// Safer Futures' own involvement is its record, not shared with the team.
		assertThat(page.locator("table")).not().containsText("Safer Futures");
		assertAccessible(page);
	}

	/** The issue 4 journey: search, find Sylvia, see who is involved and the chronology, add an appointment. */
	@Test
	void aPractitionerFindsSylviaSeesWhoIsInvolvedAndHerChronologyAndAddsAnAppointment() {
		page.navigate("/sign-in");
		signIn("socialworker");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("People").setExact(true)).click();
		page.getByLabel("First name").fill("Silvia");
		page.getByLabel("Last name").fill("Smyth");
		page.getByLabel("Day").fill("12");
		page.getByLabel("Month").fill("4");
		page.getByLabel("Year").fill("1987");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")).click();
		assertThat(page.locator("table")).containsText("Sylvia Smith");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile("This is the person.*Sylvia Smith"))).first().click();

		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Sylvia Smith"))).isVisible();
		assertThat(page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Who is involved"))).containsText("Safer Futures");
		assertThat(page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Who is involved"))).containsText("Northshire Police");
		assertThat(page.locator(".govuk-summary-card", new Page.LocatorOptions().setHasText("Safe contact"))).containsText("Safe to send letters");
		assertThat(page.locator("body")).not().containsText("Larch Close");
		assertAccessible(page);

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Chronology").setExact(true)).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Chronology"))).isVisible();
		assertThat(page.locator("table")).containsText("15 of 24");
		assertThat(page.locator("table")).containsText("Professional opinion");
		assertAccessible(page);
		page.getByLabel("Agency").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Northshire Police"));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply filters")).click();
		assertThat(page.locator("table")).not().containsText("15 of 24");
		assertThat(page.locator("table")).containsText("threatened to kill");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add an entry")).click();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add entry")).click();
		assertThat(page.locator(".govuk-error-summary")).containsText("Enter what happened");
		assertAccessible(page);

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to the chronology")).click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to the record")).click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Appointments").setExact(true)).click();
		assertAccessible(page);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add an appointment")).click();
		page.getByLabel("Day").fill("13");
		page.getByLabel("Month").fill("3");
		page.getByLabel("Year").fill("2030");
		page.getByLabel("Time").fill("10:00");
		page.getByLabel("Who it is with").fill("Tom Reid, social worker");
		page.getByLabel("What it is for").fill("Review of the child and family assessment");
		page.getByLabel("Where (optional)").fill("Safer Futures office");
		assertAccessible(page);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add appointment")).click();
		assertThat(page.locator(".govuk-notification-banner")).containsText("Appointment added");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Appointments, week of 11 March 2030"))).isVisible();
		assertThat(page.locator("table")).containsText("Review of the child and family assessment");
		assertAccessible(page);

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to the record")).click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Change shared profile")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Change the shared profile"))).isVisible();
		assertAccessible(page);
		page.navigate(page.url().replace("/profile", "/merge"));
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Merge duplicate records"))).isVisible();
		assertAccessible(page);
	}

	/** The issue 5 journey: consent to share with the mental health team, then its withdrawal. */
	@Test
	void anIdvaRecordsConsentTheCpnSeesWhatIsSharedAndLosesItWhenConsentIsWithdrawn() {
		Http api = new Http(port);
		String idva = api.token("idva");
		String family = "Browsertest" + (char) ('a' + new java.util.Random().nextInt(26)) + (char) ('a' + new java.util.Random().nextInt(26));
		String person = api.postJson("/api/v1/people", Json.of("givenName", "Nadia", "familyName", family, "dateOfBirth", "1991-05-05"), idva)
			.json().get("id").asString();
		api.postJson("/api/v1/people/" + person + "/chronology", Json.of("occurredOn", "2026-10-01", "type", "ASSESSMENT",
				"summary", "Low mood and not sleeping since the move", "kind", "OPINION", "category", "MENTAL_HEALTH"), idva);

		page.navigate("/sign-in");
		signIn("idva");
		page.navigate("/people/" + person);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Consent and sharing")).click();
		assertAccessible(page);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record consent")).click();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record consent")).click();
		assertThat(page.locator(".govuk-error-summary")).containsText("Select what the person agrees to share");
		assertAccessible(page);
		page.getByLabel("Core profile", new Page.GetByLabelOptions().setExact(true)).check();
		page.getByLabel("Mental health", new Page.GetByLabelOptions().setExact(true)).check();
		page.getByLabel("Northshire Community Mental Health Team").check();
		page.getByLabel("What it is shared for").fill("Joined-up care for her mental health");
		page.getByLabel("In writing").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record consent")).click();
		assertThat(page.locator(".govuk-notification-banner")).containsText("Consent recorded");
		assertThat(page.locator(".govuk-summary-card").first()).containsText("Northshire Community Mental Health Team");
		assertAccessible(page);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Share without consent, or record a decision not to share")).click();
		assertAccessible(page);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out").setExact(true)).click();

		signIn("cpn");
		page.navigate("/people/" + person + "/chronology");
		assertThat(page.locator("table")).containsText("Low mood and not sleeping");
		page.navigate("/people/" + person);
		page.getByText("What is shared with you, and what is withheld").click();
		assertThat(page.locator(".govuk-details__text")).containsText("Consent recorded by Safer Futures");
		assertAccessible(page);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sharing").setExact(true)).click();
		assertThat(page.locator("table").first()).containsText("Nadia " + family);
		assertAccessible(page);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile("^Acknowledge.*Nadia " + family + "$"))).click();
		assertThat(page.locator(".govuk-notification-banner")).containsText("Acknowledged by Daniel Okafor");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out").setExact(true)).click();

		signIn("idva");
		page.navigate("/people/" + person + "/sharing");
		assertThat(page.locator(".govuk-summary-card").first()).containsText("Received, acknowledged by Daniel Okafor");
		page.getByText("The person withdraws this consent").first().click();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile("^Withdraw consent"))).click();
		assertThat(page.locator(".govuk-error-summary")).containsText("Enter why the consent is withdrawn");
		assertAccessible(page);
		page.getByLabel("If the person withdraws this consent, what did they say?").fill("She would rather tell them herself");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile("^Withdraw consent"))).click();
		assertThat(page.locator(".govuk-notification-banner")).containsText("1 agency has been told");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out").setExact(true)).click();

		signIn("cpn");
		page.navigate("/people/" + person + "/chronology");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Page not found"))).isVisible();
		page.navigate("/");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile("^Notifications"))).click();
		// The task stands, but no longer names someone the team may not see any more.
		assertThat(page.locator(".govuk-summary-card").first()).containsText("About a person whose record you can no longer see");
		assertThat(page.locator("main")).not().containsText("Nadia " + family);
		assertAccessible(page);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile("^Acknowledge.*no longer see"))).first().click();
		assertThat(page.locator(".govuk-notification-banner")).containsText("Acknowledged by Daniel Okafor");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out").setExact(true)).click();

		signIn("ig");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Governance").setExact(true)).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Information governance"))).isVisible();
		assertAccessible(page);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Subject access requests: the register, with what is due and overdue")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Subject access requests"))).isVisible();
		assertAccessible(page);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("find the person it is about")).click();
		page.getByLabel("Name contains").fill(family);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")).click();
		assertAccessible(page);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile("^Subject access.*Nadia"))).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Subject access").setExact(true))).isVisible();
		assertAccessible(page);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record a new request")).click();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open the request")).click();
		assertThat(page.locator(".govuk-error-summary")).containsText("Select who is asking");
		assertThat(page.locator(".govuk-error-summary")).containsText("Enter the date the request was received");
		assertAccessible(page);
		java.time.LocalDate today = java.time.LocalDate.now();
		page.getByLabel("The person themselves").check();
		page.getByLabel("Name of the person asking").fill("Nadia " + family);
		page.getByLabel("Photo identity document seen").check();
		page.getByLabel("What was seen, and by whom").fill("Passport seen at the Safer Futures office");
		page.getByLabel("Day").fill(Integer.toString(today.getDayOfMonth()));
		page.getByLabel("Month").fill(Integer.toString(today.getMonthValue()));
		page.getByLabel("Year").fill(Integer.toString(today.getYear()));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open the request")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile("^Subject access request SAR-"))))
			.isVisible();
		assertAccessible(page);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Show everything held")).click();
		assertThat(page.locator("body")).containsText("Low mood and not sleeping");
		assertThat(page.locator("body")).containsText("For review");
		assertAccessible(page);
		page.navigate("/people/" + person + "/access-log");
		assertThat(page.locator("table")).containsText("Refused");
		assertThat(page.locator("table")).containsText("Consent recorded by Safer Futures");
		assertAccessible(page);
		page.navigate("/sharing/approvals");
		assertAccessible(page);
		page.navigate("/governance/retention");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Retention"))).isVisible();
		assertAccessible(page);
		page.navigate("/sharing/agreements");
		assertThat(page.locator("body")).containsText("Northshire domestic abuse and MARAC information-sharing agreement");
		assertAccessible(page);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add an agreement")).click();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add agreement")).click();
		assertThat(page.locator(".govuk-error-summary")).containsText("Enter the agreement");
		assertAccessible(page);
	}

}
