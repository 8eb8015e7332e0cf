package org.accord.referral;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.accord.platform.calendar.WorkingDays;
import org.accord.referral.ReferralDeadlineFixture.Notice;
import org.accord.support.Demo;
import org.accord.support.Http;
import org.accord.support.IntegrationTest;
import org.accord.support.Json;
import org.accord.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.accord.referral.ReferralDeadlineFixture.await;
import static org.accord.referral.ReferralDeadlineFixture.concurrently;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Referral deadlines: the receiving service is nudged once as the deadline nears, and once it has passed its
 * managers (or, with none, the whole agency) are told and the referrer learns it is late, once, however many checks
 * run at once; a check after missed runs still finds every breach; an answered referral is left alone; and the
 * cluster's scheduled task runs the check. No notice names the person. Other tests' referrals fall due as the clock
 * moves too, so every assertion is about this test's own referrals.
 */
@IntegrationTest
class ReferralDeadlineTests {

	@RegisterExtension
	static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

	private static final String FAMILY = "Deadlinetest";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Demo demo;

	@Autowired
	TestClock clock;

	@Autowired
	ReferralDeadlines deadlines;

	@Autowired
	SchedulerClient scheduler;

	Http http;

	ReferralDeadlineFixture referrals;

	@BeforeEach
	void setUp() {
		http = new Http(port);
		referrals = new ReferralDeadlineFixture(http, jdbc, clock, FAMILY);
	}

	@Test
	void aReferralIsNudgedOnceBeforeItsDeadlineAndEscalatedOnceToTheManagersAfterIt() throws Exception {
		UUID manager = manager();
		try {
			String person = referrals.person("Nell");
			String id = referrals.referralOf(person);
			LocalDate respondBy = referrals.respondBy(id);
			UUID safer = demo.agencyId("Safer Futures");
			while (WorkingDays.plus(today(), 1).isBefore(respondBy)) {
				deadlines.check();
				assertThat(referrals.notices(id)).as("no nudge on " + today() + " for " + respondBy).isEmpty();
				clock.advance(Duration.ofDays(1));
			}

			deadlines.check();
			deadlines.check();
			assertThat(referrals.notices(id)).as("nudged once, the agency as a whole").singleElement().satisfies(n -> {
				assertThat(n.agencyId()).isEqualTo(safer);
				assertThat(n.userId()).isNull();
				assertThat(n.subject()).isEqualTo("Referral to Safer Futures IDVA service due soon");
				assertThat(n.body()).contains("is due by").contains(String.valueOf(respondBy.getDayOfMonth()));
			});
			assertThat(referrals.marked(id, "nudged_at")).isNotNull();
			String hint = respondBy.equals(today()) ? "Due today" : respondBy.equals(today().plusDays(1)) ? "Due tomorrow"
					: "Due " + respondBy.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.UK);
			Http amira = new Http(port);
			amira.signIn("idva", Demo.PASSWORD);
			assertThat(amira.get("/referrals/" + id).body()).contains(hint).doesNotContain("Overdue");
			assertThat(amira.get("/referrals").body()).contains(hint);

			while (!today().isAfter(respondBy)) {
				clock.advance(Duration.ofDays(1));
			}
			greenMail.reset();
			deadlines.check();
			int mails = settledMails();
			deadlines.check();
			concurrently(deadlines::check, deadlines::check);
			assertThat(settledMails()).as("no second e-mail for any referral").isEqualTo(mails);

			assertThat(referrals.notices(id, "overdue")).as("the manager, once; not the agency as a whole")
				.singleElement().satisfies(n -> {
					assertThat(n.agencyId()).isEqualTo(safer);
					assertThat(n.userId()).isEqualTo(manager);
					assertThat(n.body()).contains("was due by").contains("has not been answered").contains("as a manager");
				});
			assertThat(referrals.notices(id, "not answered in time")).as("the referrer, once").singleElement()
				.satisfies(n -> {
					assertThat(n.userId()).isEqualTo(demo.user("drugworker"));
					assertThat(n.body()).contains("Your referral to Safer Futures IDVA service (Safer Futures)")
						.contains("Its managers at Safer Futures have been told");
				});
			List<Notice> notices = referrals.notices(id);
			assertThat(notices).as("nudged once, escalated once").hasSize(3);
			assertThat(notices).allSatisfy(n -> assertThat(n.subject() + n.body()).doesNotContain("Nell").doesNotContain(FAMILY));
			assertThat(referrals.breaches(id)).singleElement().satisfies(b -> {
				assertThat(b.get("person_id")).isEqualTo(UUID.fromString(person));
				assertThat(b.get("username")).isEqualTo("accord");
				assertThat((String) b.get("detail")).contains("told 1 manager and the referrer");
			});
			assertThat(referrals.marked(id, "escalated_at")).isNotNull();

			assertThat(mailTo(manager + "@deadline.accord.invalid")).as("the manager's e-mail")
				.anySatisfy(text -> assertThat(text).contains("was due by").contains("has not been answered"));
			assertThat(mailTo("drugworker@demo.accord.invalid"))
				.anySatisfy(text -> assertThat(text).contains("Your referral to Safer Futures IDVA service").contains("has not had one"));
			for (MimeMessage mail : greenMail.getReceivedMessages()) {
				assertThat(GreenMailUtil.getBody(mail)).doesNotContain("Nell").doesNotContain(FAMILY);
			}
			assertThat(amira.get("/referrals/" + id).body()).contains("Overdue").doesNotContain(hint);
		}
		finally {
			jdbc.sql("update app_user set enabled = false, disabled_at = now() where id = ?").param(manager).update();
		}
	}

	@Test
	void aCheckAfterMissedRunsStillFindsAReferralTenDaysOverdueAndSkipsItsNudge() {
		String id = referrals.referral("Orla");
		// As if sent long ago while no node was running: every check since then was missed.
		referrals.dueOn(id, today().minusDays(10));

		deadlines.check();

		assertThat(referrals.breaches(id)).hasSize(1);
		assertThat(referrals.notices(id, "not answered in time")).hasSize(1);
		assertThat(referrals.notices(id, "overdue")).isNotEmpty();
		assertThat(referrals.notices(id, "due soon")).as("too late for a nudge").isEmpty();
		assertThat(referrals.marked(id, "nudged_at")).isNull();
		int notices = referrals.notices(id).size();
		deadlines.check();
		assertThat(referrals.breaches(id)).hasSize(1);
		assertThat(referrals.notices(id)).hasSize(notices);
	}

	@Test
	void withNoManagerTheWholeReceivingAgencyIsTold() {
		// The demo's referral from housing to the community mental health team, sent three weeks ago; the agency has
		// no agency manager. The first run at start-up may have escalated it already: once either way.
		String id = jdbc.sql("""
				select id::text from referral where to_service_name = 'Community mental health team'
				  and reason like 'Low mood and not sleeping since the eviction notice%'""").query(String.class).single();
		deadlines.check();
		deadlines.check();

		UUID cmht = demo.agencyId("Northshire Community Mental Health Team");
		assertThat(referrals.notices(id, "overdue")).singleElement().satisfies(n -> {
			assertThat(n.agencyId()).isEqualTo(cmht);
			assertThat(n.userId()).isNull();
			assertThat(n.body()).contains("no agency manager in Accord, so everyone at it is told");
		});
		assertThat(referrals.notices(id, "not answered in time")).singleElement().satisfies(n -> {
			assertThat(n.userId()).isEqualTo(demo.user("housing"));
			assertThat(n.body()).contains("Everyone at Northshire Community Mental Health Team has been told");
		});
		assertThat(referrals.breaches(id)).singleElement().satisfies(b -> assertThat((String) b.get("detail"))
			.contains("told the whole of Northshire Community Mental Health Team"));
	}

	@Test
	void twoChecksAtOnceNudgeAndEscalateEachReferralOnce() throws Exception {
		List<String> late = new ArrayList<>();
		for (String given : List.of("Pia", "Quinn", "Rosa")) {
			late.add(referrals.referral(given));
			referrals.dueOn(late.get(late.size() - 1), today().minusDays(2));
		}
		List<String> due = new ArrayList<>();
		for (String given : List.of("Sade", "Tova")) {
			due.add(referrals.referral(given));
			referrals.dueOn(due.get(due.size() - 1), today());
		}

		concurrently(deadlines::check, deadlines::check);
		concurrently(deadlines::check, deadlines::check);

		for (String id : late) {
			assertThat(referrals.breaches(id)).as(id).hasSize(1);
			assertThat(referrals.notices(id, "not answered in time")).as(id).hasSize(1);
			assertThat(referrals.notices(id, "overdue")).extracting(n -> String.valueOf(n.userId())).as(id)
				.isNotEmpty().doesNotHaveDuplicates();
		}
		for (String id : due) {
			assertThat(referrals.notices(id)).as(id).singleElement()
				.satisfies(n -> assertThat(n.subject()).endsWith("due soon"));
			assertThat(referrals.breaches(id)).isEmpty();
		}
	}

	@Test
	void anAnsweredReferralIsNeitherNudgedNorEscalated() {
		String idva = http.token("idva");
		String accepted = referrals.referral("Ula");
		assertThat(http.postJson("/api/v1/referrals/" + accepted + "/accept", "{}", idva).status()).isEqualTo(200);
		String declined = referrals.referral("Vera");
		assertThat(http.postJson("/api/v1/referrals/" + declined + "/decline", Json.of("reason", "NO_CAPACITY"), idva)
			.status()).isEqualTo(200);
		String withdrawn = referrals.referral("Wren");
		assertThat(http.postJson("/api/v1/referrals/" + withdrawn + "/withdraw", Json.of("reason", "Moved away"),
				http.token("drugworker")).status()).isEqualTo(200);
		String dueToday = referrals.referral("Xena");
		assertThat(http.postJson("/api/v1/referrals/" + dueToday + "/accept", "{}", idva).status()).isEqualTo(200);
		for (String id : List.of(accepted, declined, withdrawn)) {
			referrals.dueOn(id, today().minusDays(3));
		}
		referrals.dueOn(dueToday, today());

		deadlines.check();

		for (String id : List.of(accepted, declined, withdrawn, dueToday)) {
			assertThat(referrals.notices(id)).as(id).isEmpty();
			assertThat(referrals.breaches(id)).as(id).isEmpty();
			assertThat(referrals.marked(id, "nudged_at")).isNull();
			assertThat(referrals.marked(id, "escalated_at")).isNull();
		}
	}

	@Test
	void theClustersScheduledTaskRunsTheCheck() throws Exception {
		String id = referrals.referral("Yara");
		referrals.dueOn(id, today().minusDays(1));
		Instant before = referrals.lastSuccess();

		ReferralDeadlineFixture.runNow(scheduler);

		await(() -> !referrals.breaches(id).isEmpty());
		assertThat(referrals.breaches(id)).as("escalated by the scheduled run, not by this test").hasSize(1);
		await(() -> referrals.lastSuccess().isAfter(before));
		assertThat(referrals.lastSuccess()).isAfter(before);
		assertThat(scheduler.getScheduledExecution(ReferralDeadlineFixture.TASK)).hasValueSatisfying(next -> assertThat(
				next.getExecutionTime()).as("the next run an interval later").isAfter(Instant.now().plus(Duration.ofHours(23))));
		assertThat(referrals.notices(id, "not answered in time")).hasSize(1);
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

	/** A manager at Safer Futures with an e-mail address, disabled again at the end of the test. */
	private UUID manager() {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into app_user (id, username, display_name, email, agency_id, password_hash)
				values (?, ?, 'Manager Deadline', ?, ?, 'not-for-signing-in')""")
			.params(id, "mgr" + id.toString().substring(0, 8), id + "@deadline.accord.invalid",
					demo.agencyId("Safer Futures"))
			.update();
		jdbc.sql("insert into user_role (user_id, role) values (?, 'AGENCY_MANAGER')").param(id).update();
		return id;
	}

	private List<String> mailTo(String address) throws Exception {
		List<String> texts = new ArrayList<>();
		for (MimeMessage mail : greenMail.getReceivedMessages()) {
			if (Arrays.stream(mail.getAllRecipients()).anyMatch(a -> a.toString().equalsIgnoreCase(address))) {
				texts.add(GreenMailUtil.getBody(mail).replaceAll("=\r?\n", ""));
			}
		}
		return texts;
	}

	/** How many e-mails have arrived, once no more has for half a second. */
	private static int settledMails() throws InterruptedException {
		int count = greenMail.getReceivedMessages().length;
		while (true) {
			Thread.sleep(500);
			int now = greenMail.getReceivedMessages().length;
			if (now == count) {
				return count;
			}
			count = now;
		}
	}

}
