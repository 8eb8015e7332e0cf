package org.accord.audit.internal;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;
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

	private final AuditSearch search;

	AuditController(AuditSearch search) {
		this.search = search;
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
		var filter = new AuditSearch.Filter(from, to, blankToNull(user), blankToNull(action), blankToNull(entityType), person,
				blankToNull(outcome));
		var result = search.search(filter, safePage);
		model.addAttribute("rows", result.rows());
		model.addAttribute("hasNext", result.hasNext());
		model.addAttribute("page", safePage);
		model.addAttribute("actions", search.actions());
		model.addAttribute("entityTypes", search.entityTypes());
		model.addAttribute("filter", filter);
		return "audit/list";
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

}
