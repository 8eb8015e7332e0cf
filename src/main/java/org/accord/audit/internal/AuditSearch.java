package org.accord.audit.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.accord.audit.AuditEvent;
import org.accord.audit.AuditLog;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Searching the whole audit trail, which is itself audited; nothing here changes or removes an entry. */
@Service
class AuditSearch {

	static final int PAGE_SIZE = 50;

	record Filter(LocalDate from, LocalDate to, String user, String action, String entityType, UUID person,
			String outcome) {
	}

	record Row(long id, java.time.Instant occurredAt, String username, String agencyName, String roles, String action,
			String entityType, String entityId, UUID personId, String reason, String outcome, String detail,
			String ipAddress, String requestId) {

		private static final java.time.format.DateTimeFormatter WHEN = java.time.format.DateTimeFormatter
			.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(java.time.ZoneOffset.UTC);

		public String when() {
			return WHEN.format(occurredAt);
		}

	}

	/** One page of entries, newest first, and whether another follows. */
	record Result(List<Row> rows, boolean hasNext) {
	}

	private static final ZoneId ZONE = ZoneId.of("Europe/London");

	private final JdbcClient jdbc;

	private final AuditLog audit;

	AuditSearch(JdbcClient jdbc, AuditLog audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	@Transactional
	Result search(Filter filter, int page) {
		List<Row> rows = jdbc.sql("""
				select id, occurred_at, username, agency_name, roles, action, entity_type, entity_id, person_id, reason,
				       outcome, detail, ip_address, request_id
				from audit_event
				where (cast(:from as timestamptz) is null or occurred_at >= :from)
				  and (cast(:to as timestamptz) is null or occurred_at < :to)
				  and (cast(:user as text) is null or lower(username) = lower(:user))
				  and (cast(:action as text) is null or action = :action)
				  and (cast(:entityType as text) is null or entity_type = :entityType)
				  and (cast(:person as uuid) is null or person_id = :person)
				  and (cast(:outcome as text) is null or outcome = :outcome)
				order by occurred_at desc, id desc
				limit :limit offset :offset""")
			.param("from", filter.from() == null ? null : java.sql.Timestamp.from(filter.from().atStartOfDay(ZONE).toInstant()))
			.param("to", filter.to() == null ? null
					: java.sql.Timestamp.from(filter.to().plusDays(1).atStartOfDay(ZONE).toInstant()))
			.param("user", filter.user())
			.param("action", filter.action())
			.param("entityType", filter.entityType())
			.param("person", filter.person())
			.param("outcome", filter.outcome())
			.param("limit", PAGE_SIZE + 1)
			.param("offset", (long) page * PAGE_SIZE)
			.query((rs, n) -> new Row(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
					rs.getString("username"), rs.getString("agency_name"), rs.getString("roles"), rs.getString("action"),
					rs.getString("entity_type"), rs.getString("entity_id"), rs.getObject("person_id", UUID.class),
					rs.getString("reason"), rs.getString("outcome"), rs.getString("detail"), rs.getString("ip_address"),
					rs.getString("request_id")))
			.list();
		audit.record(AuditEvent.of("VIEW", "AUDIT_LOG", null)
			.detail("filters: user=" + filter.user() + " action=" + filter.action() + " person=" + filter.person()));
		return new Result(rows.size() > PAGE_SIZE ? rows.subList(0, PAGE_SIZE) : rows, rows.size() > PAGE_SIZE);
	}

	List<String> actions() {
		return jdbc.sql("select distinct action from audit_event order by action").query(String.class).list();
	}

	List<String> entityTypes() {
		return jdbc.sql("select distinct entity_type from audit_event order by entity_type").query(String.class).list();
	}

}
