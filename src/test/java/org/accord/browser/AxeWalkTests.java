package org.accord.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.accord.support.Demo;
import org.accord.support.Routes;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * axe on every page, not only the journeys': every GET page route from the handler mappings, as every
 * demo user, on Sylvia's record for a person's pages. A new page is scanned the day it exists. A document
 * identical to one already scanned (the same error page for many users, say, once the signed-in user's own
 * name and the form tokens are set aside) is the same scan, so it is counted but not scanned again.
 */
class AxeWalkTests extends BrowserTest {

	@Autowired
	Demo demo;

	static final List<String> USERS = List.of("admin", "idva", "drugworker", "cpn", "police", "socialworker", "housing", "coordinator", "chair",
			"board", "ig");

	/** Pages that are not Accord's own: each with why it is not scanned. */
	static final Map<String, String> NOT_SCANNED = Map.of("/swagger-ui.html", "the generated Swagger UI, a developer's tool behind sign-in, not a page of the service");

	@Autowired
	ApplicationContext application;

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyPageForEveryDemoUserHasNoAxeViolations() {
		String sylvia = demo.sylvia();
		String request = org.accord.support.SubjectAccessRequestsFixture.open(port, sylvia);
		Map<String, String> ids = Map.of("/directory/services/", jdbc.sql("select id::text from service where name = 'Safer Futures IDVA service'")
			.query(String.class).single(), "/directory/agencies/", agency(), "/admin/agencies/", agency(), "/admin/users/",
				jdbc.sql("select id::text from app_user where username = 'housing'").query(String.class).single(),
				"/people/" + sylvia + "/subject-access/requests/", request,
				// Jane's referral of Sylvia to Safer Futures, accepted: the IDVA's walk scans its outcome form.
				"/referrals/", jdbc.sql("""
						select r.id::text from referral r join app_user u on u.id = r.referred_by
						where u.username = 'drugworker' and r.person_id = cast(? as uuid) order by r.created_at limit 1""")
					.param(sylvia).query(String.class).single(),
				// An entry of Safer Futures, so that the IDVA's walk scans the correction form too.
				"/people/" + sylvia + "/chronology/", jdbc.sql("""
						select c.id::text from chronology_entry c join agency a on a.id = c.recorded_by_agency_id
						where a.name = 'Safer Futures' and c.person_id = cast(? as uuid) and c.corrected_at is null order by c.recorded_at limit 1""")
					.param(sylvia).query(String.class).single());
		// A service of another agency than most walkers', so the referral forms show in full.
		String housingOptions = jdbc.sql("select id::text from service where name = 'Housing options and homelessness'")
			.query(String.class).single();
		List<Routes.Route> pages = Routes.gets(application).stream()
			.filter(r -> !r.api() && !r.pattern().endsWith(".pdf") && !r.pattern().startsWith("/v3/") && !NOT_SCANNED.containsKey(r.pattern()))
			.toList();
		List<String> violations = new ArrayList<>();
		java.util.Set<String> scanned = new java.util.HashSet<>();
		int scans = 0;
		int same = 0;
		for (String user : USERS) {
			BrowserContext session = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setBaseURL("http://localhost:" + port));
			Page tab = session.newPage();
			tab.navigate("/sign-in");
			tab.getByLabel("User name").fill(user);
			tab.getByLabel("Password").fill(Demo.PASSWORD);
			tab.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
			String[] own = jdbc.sql("select u.display_name, a.name from app_user u join agency a on a.id = u.agency_id where u.username = ?")
				.param(user).query((rs, n) -> new String[] { rs.getString(1), rs.getString(2) }).single();
			for (Routes.Route route : pages) {
				String url = Routes.sample(route, sylvia, ids, route.pattern().endsWith("/subject-access") ? "request=" + request
						: route.pattern().endsWith("/referrals/new") ? "service=" + housingOptions : null);
				tab.navigate(url);
				String document = tab.content().replaceAll("(name=\"_csrf\" value|name=\"accord-csrf-token\" content)=\"[^\"]*\"", "$1")
					.replace(own[0], "").replace(own[1], "").replace(user, "");
				if (!scanned.add(document)) {
					same++;
					continue;
				}
				AxeResults results = new AxeBuilder(tab).withTags(BrowserSupport.AXE_TAGS).analyze();
				scans++;
				results.getViolations().forEach(v -> violations.add(user + " " + route + ": " + v.getId() + " (" + v.getImpact() + ") at "
						+ v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList()));
			}
			session.close();
		}
		System.out.println("axe walk: " + pages.size() + " page routes x " + USERS.size() + " demo users: " + scans + " documents scanned, " + same
				+ " identical to one scanned");
		assertThat(violations).isEmpty();
		assertThat(pages.size()).as("page routes scanned").isGreaterThan(40);
	}

	private String agency() {
		return jdbc.sql("select id::text from agency where name = 'Safer Futures'").query(String.class).single();
	}

}
