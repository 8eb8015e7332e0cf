package org.accord.audit.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.accord.audit.AuditEvent;
import org.accord.audit.AuditLog;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit trail for administrators and information governance. Looking at it is itself audited.
 * There is deliberately no way to change or remove an entry.
 */
@Controller
class AuditController {

	static final int PAGE_SIZE = 50;

	record Row(long id, java.time.Instant occurredAt, String username, String agencyName, String roles, String action,
			String entityType, String entityId, UUID personId, String reason, String outcome, String detail,
			String ipAddress, String requestId) {

		private static final java.time.format.DateTimeFormatter WHEN = java.time.format.DateTimeFormatter
			.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(java.time.ZoneOffset.UTC);

		public String when() {
			return WHEN.format(occurredAt);
		}

	}

	private final JdbcClient jdbc;

	private final AuditLog audit;

	AuditController(JdbcClient jdbc, AuditLog audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	@GetMapping("/audit")
	String list(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
			@org.accord.platform.web.PlausibleDate LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
			@org.accord.platform.web.PlausibleDate LocalDate to,
			@RequestParam(required = false) String user, @RequestParam(required = false) String action,
			@RequestParam(required = false) String entityType, @RequestParam(required = false) UUID person,
			@RequestParam(required = false) String outcome, @RequestParam(defaultValue = "0") int page, Model model) {
		int safePage = Math.max(0, page);
		ZoneId zone = ZoneId.of("Europe/London");
		var query = jdbc.sql("""
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
			.param("from", from == null ? null : java.sql.Timestamp.from(from.atStartOfDay(zone).toInstant()))
			.param("to", to == null ? null : java.sql.Timestamp.from(to.plusDays(1).atStartOfDay(zone).toInstant()))
			.param("user", blankToNull(user))
			.param("action", blankToNull(action))
			.param("entityType", blankToNull(entityType))
			.param("person", person)
			.param("outcome", blankToNull(outcome))
			.param("limit", PAGE_SIZE + 1)
			.param("offset", (long) safePage * PAGE_SIZE);
		List<Row> rows = query.query((rs, n) -> new Row(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
				rs.getString("username"), rs.getString("agency_name"), rs.getString("roles"), rs.getString("action"),
				rs.getString("entity_type"), rs.getString("entity_id"), rs.getObject("person_id", UUID.class),
				rs.getString("reason"), rs.getString("outcome"), rs.getString("detail"), rs.getString("ip_address"),
				rs.getString("request_id")))
			.list();
		audit.record(AuditEvent.of("VIEW", "AUDIT_LOG", null)
			.detail("filters: user=" + blankToNull(user) + " action=" + blankToNull(action) + " person=" + person));
		model.addAttribute("rows", rows.size() > PAGE_SIZE ? rows.subList(0, PAGE_SIZE) : rows);
		model.addAttribute("hasNext", rows.size() > PAGE_SIZE);
		model.addAttribute("page", safePage);
		model.addAttribute("actions",
				jdbc.sql("select distinct action from audit_event order by action").query(String.class).list());
		model.addAttribute("entityTypes",
				jdbc.sql("select distinct entity_type from audit_event order by entity_type").query(String.class).list());
		model.addAttribute("filter",
				new Filter(from, to, blankToNull(user), blankToNull(action), blankToNull(entityType), person,
						blankToNull(outcome)));
		return "audit/list";
	}

	record Filter(LocalDate from, LocalDate to, String user, String action, String entityType, UUID person,
			String outcome) {
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

}
