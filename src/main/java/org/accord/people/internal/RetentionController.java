package org.accord.people.internal;

import java.time.Instant;
import java.util.List;

import org.accord.audit.AuditEvent;
import org.accord.audit.AuditLog;
import org.accord.people.RetentionSettings;
import org.accord.platform.security.AccordPrincipal;
import org.accord.platform.security.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The retention periods, the runs and what each removed; information governance can run it now. */
@Controller
class RetentionController {

	record Run(Instant ranAt, String startedBy, int removed, String byCategory) {
	}

	private final RetentionRun retention;

	private final RetentionSettings settings;

	private final JdbcClient jdbc;

	private final AuditLog audit;

	RetentionController(RetentionRun retention, RetentionSettings settings, JdbcClient jdbc, AuditLog audit) {
		this.retention = retention;
		this.settings = settings;
		this.jdbc = jdbc;
		this.audit = audit;
	}

	@GetMapping("/governance/retention")
	String show(@AuthenticationPrincipal AccordPrincipal me, Model model) {
		require(me);
		List<Run> runs = jdbc.sql("""
				select r.ran_at, r.started_by, r.removed,
				  (select string_agg(category || ' ' || n, ', ') from (select category, count(*) n from retention_removal x
				   where x.run_id = r.id group by category order by category) c)
				from retention_run r order by r.ran_at desc limit 30""")
			.query((rs, n) -> new Run(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getInt(3), rs.getString(4)))
			.list();
		model.addAttribute("runs", runs);
		model.addAttribute("periods", new java.util.TreeMap<>(settings.periods()));
		return "people/retention";
	}

	@PostMapping("/governance/retention/run")
	String runNow(@AuthenticationPrincipal AccordPrincipal me, RedirectAttributes redirect) {
		require(me);
		int removed = retention.run(me.username());
		audit.record(AuditEvent.of("RETENTION_RUN", "RETENTION", null).detail(removed + " records removed"));
		redirect.addFlashAttribute("success", removed < 0 ? "A run is already under way on another node"
				: "Retention run finished: " + removed + (removed == 1 ? " record" : " records") + " removed");
		return "redirect:/governance/retention";
	}

	private static void require(AccordPrincipal me) {
		if (!me.hasRole(Role.INFORMATION_GOVERNANCE) && !me.hasRole(Role.ADMINISTRATOR)) {
			throw new AccessDeniedException("Information governance only");
		}
	}

}
