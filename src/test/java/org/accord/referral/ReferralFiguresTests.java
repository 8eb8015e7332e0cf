package org.accord.referral;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.accord.directory.ReferralFigures;
import org.accord.directory.ReferralMeasures;
import org.accord.platform.calendar.WorkingDays;
import org.accord.sharing.InformationCategory;
import org.accord.support.Demo;
import org.accord.support.Http;
import org.accord.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The agreement figures, measured from referrals between two agencies of their own, with known dates. */
@IntegrationTest
class ReferralFiguresTests {

	private static final ZoneId ZONE = ZoneId.of("Europe/London");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReferralRows rows;

	@Autowired
	ReferralMeasures measures;

	@Autowired
	Demo demo;

	@Autowired
	Clock clock;

	@Test
	void everyFigureComesFromTheReferralsBetweenTheParties() {
		UUID from = agency("Figures Referrer " + UUID.randomUUID());
		UUID to = agency("Figures Recipient " + UUID.randomUUID());
		LocalDate today = LocalDate.now(clock);
		UUID helped = referral(from, to, today.minusDays(10));
		step(helped, ReferralStatus.ACCEPTED, null, null, WorkingDays.plus(today.minusDays(10), 1));
		step(helped, ReferralStatus.COMPLETED, null, ReferralOutcome.GOT_HELP, WorkingDays.plus(today.minusDays(10), 2));
		UUID late = referral(from, to, today.minusDays(12));
		step(late, ReferralStatus.DECLINED, DeclineReason.NO_CAPACITY, null, WorkingDays.plus(today.minusDays(12), 7));
		referral(from, to, today.minusDays(20));
		referral(from, to, today);
		UUID withdrawn = referral(from, to, today.minusDays(3));
		step(withdrawn, ReferralStatus.WITHDRAWN, null, null, today.minusDays(2));
		// To an agency outside the agreement: not one of its referrals.
		referral(to, demo.agencyId("Safer Futures"), today.minusDays(4));

		ReferralFigures f = measures.between(Set.of(from, to), today.minusMonths(1), today);
		assertThat(f.sent()).isEqualTo(5);
		assertThat(f.answered()).isEqualTo(2);
		assertThat(f.due()).as("two answered and one unanswered past its deadline; today's is not due").isEqualTo(3);
		assertThat(f.answeredInTimePercent()).isEqualTo(33);
		assertThat(f.medianWorkingDaysToAnswer()).isEqualTo(4.0);
		assertThat(f.acceptedPercent()).isEqualTo(50);
		assertThat(f.declinedPercent()).isEqualTo(50);
		assertThat(f.declineReasons()).containsExactly(Map.entry("No capacity", 1L));
		assertThat(f.closedLoopPercent()).isEqualTo(60);
		assertThat(f.gotHelpPercent()).isEqualTo(100);
		assertThat(measures.between(Set.of(from, to), today.minusDays(11), today).sent()).as("the period").isEqualTo(3);
		assertThat(measures.between(Set.of(from), today.minusMonths(1), today).sent()).as("both ends are parties")
			.isZero();
	}

	@Test
	void theAgreementPageShowsTheFiguresInsteadOfAPlaceholder() {
		Http http = new Http(port);
		http.signIn("board", Demo.PASSWORD);
		String sla = jdbc.sql("select id::text from agreement where title = 'Safer Futures IDVA service level agreement'")
			.query(String.class).single();
		String page = http.get("/directory/agreements/" + sla).body();
		assertThat(page).contains("Referrals between the parties").contains("Closed loop").contains("Median time to answer")
			.doesNotContain("no referrals recorded in Accord yet");
		String wrong = http.get("/directory/agreements/" + sla + "?from=2026-12-31&to=2026-01-01").body();
		assertThat(wrong).contains("The start of the period must be on or before its end");
	}

	private UUID referral(UUID from, UUID to, LocalDate sent) {
		UUID id = UUID.randomUUID();
		UUID service = jdbc.sql("select id from service where name = 'Safer Futures IDVA service'").query(UUID.class).single();
		rows.insert(id, UUID.fromString(demo.sylvia()), from, demo.user("idva"), service, "Figures service", to, "Figures",
				Set.of(InformationCategory.CORE_PROFILE), null, WorkingDays.plus(sent, 5), null);
		rows.sentAt(id, sent.atTime(9, 0).atZone(ZONE).toInstant());
		rows.step(id, ReferralStatus.SENT, null, from, null, null, sent.atTime(9, 0).atZone(ZONE).toInstant());
		return id;
	}

	private void step(UUID id, ReferralStatus to, DeclineReason declined, ReferralOutcome outcome, LocalDate on) {
		rows.move(id, rows.find(id).orElseThrow().status(), to, declined, outcome);
		rows.step(id, to, null, null, declined == null ? null : declined.name(), null,
				on.atTime(11, 0).atZone(ZONE).toInstant());
	}

	private UUID agency(String name) {
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into agency (id, name, type) values (?, ?, 'VOLUNTARY')").params(id, name).update();
		return id;
	}

}
