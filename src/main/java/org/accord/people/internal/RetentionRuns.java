package org.accord.people.internal;

import java.time.Instant;
import java.util.List;

import org.accord.audit.AuditEvent;
import org.accord.audit.AuditLog;
import org.accord.platform.security.AccordPrincipal;
import org.accord.platform.security.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/** What retention has removed, and running it now, for information governance (and administrators). */
@Service
class RetentionRuns {

	record Run(Instant ranAt, String startedBy, int removed, String byCategory) {
	}

	private final RetentionRun retention;

	private final JdbcClient jdbc;

	private final AuditLog audit;

	RetentionRuns(RetentionRun retention, JdbcClient jdbc, AuditLog audit) {
		this.retention = retention;
		this.jdbc = jdbc;
		this.audit = audit;
	}

	List<Run> recent(AccordPrincipal user) {
		require(user);
		return jdbc.sql("""
				select r.ran_at, r.started_by, r.removed,
				  (select string_agg(category || ' ' || n, ', ') from (select category, count(*) n from retention_removal x
				   where x.run_id = r.id group by category order by category) c) as by_category
				from retention_run r order by r.ran_at desc limit 30""")
			.query((rs, n) -> new Run(rs.getTimestamp("ran_at").toInstant(), rs.getString("started_by"), rs.getInt("removed"),
					rs.getString("by_category")))
			.list();
	}

	/** Runs now, as the user; the run is one transaction of its own, and the audit row says who asked. */
	int runNow(AccordPrincipal user) {
		require(user);
		int removed = retention.run(user.username());
		audit.record(AuditEvent.of("RETENTION_RUN", "RETENTION", null).detail(removed + " records removed"));
		return removed;
	}

	private static void require(AccordPrincipal user) {
		if (!user.hasRole(Role.INFORMATION_GOVERNANCE) && !user.hasRole(Role.ADMINISTRATOR)) {
			throw new AccessDeniedException("Information governance or an administrator only");
		}
	}

}
