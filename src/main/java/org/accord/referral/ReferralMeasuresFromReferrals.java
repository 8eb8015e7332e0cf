package org.accord.referral;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.accord.directory.ReferralFigures;
import org.accord.directory.ReferralMeasures;
import org.accord.platform.calendar.WorkingDays;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The partnership's referral figures, from the referrals themselves: no counts kept on the side, so a figure
 * can always be traced to the referrals behind it. An unanswered referral counts against the deadline once the
 * deadline has passed, and not before.
 */
@Component
class ReferralMeasuresFromReferrals implements ReferralMeasures {

	private static final ZoneId ZONE = ZoneId.of("Europe/London");

	private record Row(ReferralStatus status, LocalDate sentOn, LocalDate respondBy, LocalDate answeredOn,
			DeclineReason declineReason, ReferralOutcome outcome) {
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	ReferralMeasuresFromReferrals(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public ReferralFigures between(Set<UUID> agencies, LocalDate from, LocalDate to) {
		if (agencies.isEmpty()) {
			return figures(List.of());
		}
		List<Row> rows = jdbc.sql("""
				select r.status, r.created_at, r.respond_by, r.decline_reason, r.outcome,
				  (select min(e.at) from referral_event e
				   where e.referral_id = r.id and e.status in ('ACCEPTED', 'DECLINED')) as answered_at
				from referral r
				where r.recorded_by_agency_id in (:agencies) and r.to_agency_id in (:agencies)
				  and r.created_at >= :from and r.created_at < :until""")
			.param("agencies", agencies)
			.param("from", Timestamp.from(from.atStartOfDay(ZONE).toInstant()))
			.param("until", Timestamp.from(to.plusDays(1).atStartOfDay(ZONE).toInstant()))
			.query((rs, n) -> {
				String declined = rs.getString("decline_reason");
				String outcome = rs.getString("outcome");
				Timestamp answered = rs.getTimestamp("answered_at");
				return new Row(ReferralStatus.valueOf(rs.getString("status")), day(rs.getTimestamp("created_at").toInstant()),
						rs.getObject("respond_by", LocalDate.class), answered == null ? null : day(answered.toInstant()),
						declined == null ? null : DeclineReason.valueOf(declined),
						outcome == null ? null : ReferralOutcome.valueOf(outcome));
			})
			.list();
		return figures(rows);
	}

	private ReferralFigures figures(List<Row> rows) {
		LocalDate today = LocalDate.now(clock);
		List<Row> answered = rows.stream().filter(r -> r.answeredOn() != null).toList();
		int due = answered.size() + (int) rows.stream()
			.filter(r -> r.answeredOn() == null && r.status().awaitingAnswer() && today.isAfter(r.respondBy())).count();
		int inTime = (int) answered.stream().filter(r -> !r.answeredOn().isAfter(r.respondBy())).count();
		List<Integer> days = new ArrayList<>(answered.stream().map(r -> WorkingDays.between(r.sentOn(), r.answeredOn()))
			.sorted().toList());
		Double median = days.isEmpty() ? null : days.size() % 2 == 1 ? (double) days.get(days.size() / 2)
				: (days.get(days.size() / 2 - 1) + days.get(days.size() / 2)) / 2.0;
		List<Row> declined = rows.stream().filter(r -> r.status() == ReferralStatus.DECLINED).toList();
		Map<String, Long> reasons = declined.stream()
			.collect(Collectors.groupingBy(r -> r.declineReason().label(), Collectors.counting()))
			.entrySet().stream()
			.sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
				.thenComparing(Map.Entry.comparingByKey()))
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
		int accepted = (int) answered.stream().filter(r -> r.status() != ReferralStatus.DECLINED).count();
		List<Row> completed = rows.stream().filter(r -> r.status() == ReferralStatus.COMPLETED).toList();
		int closed = (int) rows.stream().filter(r -> r.status().closed()).count();
		int gotHelp = (int) completed.stream().filter(r -> r.outcome() == ReferralOutcome.GOT_HELP).count();
		return new ReferralFigures(rows.size(), due, inTime, answered.size(), median, accepted, declined.size(), reasons,
				closed, completed.size(), gotHelp);
	}

	private static LocalDate day(Instant at) {
		return at.atZone(ZONE).toLocalDate();
	}

}
