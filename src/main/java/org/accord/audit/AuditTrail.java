package org.accord.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reading the trail about one person: who saw or changed what of them, when, on what grounds. */
@Component
public class AuditTrail {

	/**
	 * One line of a person's access log; {@code visible} and {@code withheld} name categories where the policy decided.
	 */
	public record Entry(Instant occurredAt, String username, String agencyName, String roles, String action,
			String entityType, String outcome, String reason, List<String> visible, List<String> withheld, String grounds,
			String detail) {
	}

	public record Page(List<Entry> items, int page, int size, long total) {
	}

	/** One recorded act about a person, for governance lists. */
	public record Event(Instant occurredAt, String username, String agencyName, UUID personId, String reason,
			String detail) {
	}

	/** How often one user did one thing in a period. */
	public record UserCount(String username, String agencyName, long count) {
	}

	private static final Pattern DECISION = Pattern.compile("visible: \\[(.*?)\\]; withheld: "
			+ "\\[(.*?)\\](?:; grounds: (.*))?", Pattern.DOTALL);

	private static final ZoneId ZONE = ZoneId.of("Europe/London");

	private final JdbcClient jdbc;

	AuditTrail(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Newest first, between two days inclusive (either may be null). */
	public Page forPerson(UUID personId, LocalDate from, LocalDate to, int page, int size) {
		String where = """
				from audit_event where person_id = :person
				  and (cast(:from as timestamptz) is null or occurred_at >= :from)
				  and (cast(:to as timestamptz) is null or occurred_at < :to)""";
		var fromAt = from == null ? null : java.sql.Timestamp.from(from.atStartOfDay(ZONE).toInstant());
		var toAt = to == null ? null : java.sql.Timestamp.from(to.plusDays(1).atStartOfDay(ZONE).toInstant());
		long total = jdbc.sql("select count(*) " + where).param("person", personId).param("from", fromAt).param("to", toAt)
			.query(Long.class).single();
		List<Entry> items = jdbc.sql("select occurred_at, username, agency_name, roles, action, entity_type, "
				+ "outcome, reason, detail " + where + " order by occurred_at desc, id desc limit :size offset :offset")
			.param("person", personId).param("from", fromAt).param("to", toAt).param("size", size)
			.param("offset", (long) page * size)
			.query((rs, n) -> {
				String detail = rs.getString("detail");
				Matcher m = detail == null ? null : DECISION.matcher(detail);
				boolean decision = m != null && m.find();
				return new Entry(rs.getTimestamp("occurred_at").toInstant(), rs.getString("username"),
						rs.getString("agency_name"), rs.getString("roles"), rs.getString("action"), rs.getString("entity_type"),
						rs.getString("outcome"), rs.getString("reason"), decision ? split(m.group(1)) : List.of(),
						decision ? split(m.group(2)) : List.of(),
						decision && m.group(3) != null && !m.group(3).isBlank() ? m.group(3) : null, decision ? null : detail);
			})
			.list();
		return new Page(items, page, size, total);
	}

	/** Whether the person appeared in a search by this user within the period: the ground for joining them. */
	public boolean shownInSearch(UUID userId, UUID personId, java.time.Duration within) {
		return jdbc.sql("""
				select count(*) from audit_event where action = :action and user_id = :user and person_id = :person
				  and occurred_at >= now() - make_interval(secs => :seconds)""")
			.param("action", AuditActions.SEARCH_RESULT).param("user", userId).param("person", personId)
			.param("seconds", within.toSeconds())
			.query(Long.class).single() > 0;
	}

	/** The successful acts of one kind in the last {@code days} days, newest first. */
	public List<Event> recent(String action, String detailPrefix, int days, int limit) {
		return jdbc.sql("""
				select occurred_at, username, agency_name, person_id, reason, detail from audit_event
				where action = :action and outcome = :success and occurred_at >= now() - make_interval(days => :days)
				  and (cast(:prefix as text) is null or detail like cast(:prefix as text) || '%')
				order by occurred_at desc, id desc limit :limit""")
			.param("action", action).param("success", AuditEvent.SUCCESS).param("days", days).param("prefix", detailPrefix)
			.param("limit", limit)
			.query((rs, n) -> new Event(rs.getTimestamp("occurred_at").toInstant(), rs.getString("username"),
					rs.getString("agency_name"), rs.getObject("person_id", UUID.class), rs.getString("reason"),
					rs.getString("detail")))
			.list();
	}

	/**
	 * Users who did one kind of thing more than {@code threshold} times in the last week; audit rows carry the database's
	 * time.
	 */
	public List<UserCount> frequent(String action, String detailPrefix, int threshold) {
		return counts("""
				select username, max(agency_name) as agency_name, count(*) as n from audit_event
				where action = :action and outcome = :success and occurred_at >= now() - interval '7 days'
				  and username is not null and (cast(:prefix as text) is null or detail like cast(:prefix as text) || '%')
				group by username having count(*) > :threshold order by n desc""", threshold)
			.param("action", action).param("prefix", detailPrefix).query(this::count).list();
	}

	/** Users refused more than {@code threshold} times in the last week when opening people's records. */
	public List<UserCount> refusedOpenings(int threshold) {
		return counts("""
				select username, max(agency_name) as agency_name, count(*) as n from audit_event
				where occurred_at >= now() - interval '7 days' and entity_type = :person and outcome = :denied
				  and username is not null
				group by username having count(*) > :threshold order by n desc""", threshold)
			.query(this::count).list();
	}

	/** Users who opened more than {@code threshold} different people's records with {@code action} in the last week. */
	public List<UserCount> peopleOpened(String action, int threshold) {
		return counts("""
				select username, max(agency_name) as agency_name, count(distinct person_id) as n from audit_event
				where occurred_at >= now() - interval '7 days' and action = :action and entity_type = :person
				  and outcome = :success and username is not null
				group by username having count(distinct person_id) > :threshold order by n desc""", threshold)
			.param("action", action).query(this::count).list();
	}

	/** Users who did one of {@code actions} to people's records with an administrator's reason in the last week. */
	public List<UserCount> openedWithReason(List<String> actions) {
		return counts("""
				select username, max(agency_name) as agency_name, count(*) as n from audit_event
				where occurred_at >= now() - interval '7 days' and entity_type = :person and action in (:actions)
				  and outcome = :success and reason is not null and username is not null
				group by username order by n desc""", 0)
			.param("actions", actions).query(this::count).list();
	}

	private JdbcClient.StatementSpec counts(String sql, int threshold) {
		return jdbc.sql(sql).params(java.util.Map.of("person", AuditActions.PERSON, "success", AuditEvent.SUCCESS,
				"denied", AuditEvent.DENIED, "threshold", threshold));
	}

	private UserCount count(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new UserCount(rs.getString("username"), rs.getString("agency_name"), rs.getLong("n"));
	}

	private static List<String> split(String list) {
		return list.isBlank() ? List.of() : Arrays.stream(list.split(",\\s*")).toList();
	}

}
