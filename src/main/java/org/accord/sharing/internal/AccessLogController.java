package org.accord.sharing.internal;

import java.time.LocalDate;

import org.accord.audit.AuditTrail;
import org.accord.platform.web.PlausibleDate;
import org.accord.sharing.InvolvementRegister;
import org.accord.sharing.PersonAccess;
import org.accord.sharing.PersonId;
import org.accord.sharing.Purpose;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A person's access log: who saw or changed which categories of them, when and on what grounds, and
 * every refused attempt. For the information governance lead, and through them for the person's own
 * request; to anyone else the person does not exist here either. Reading it is audited too.
 */
@Controller
class AccessLogController {

	private final AccessLogs logs;

	private final InvolvementRegister people;

	AccessLogController(AccessLogs logs, InvolvementRegister people) {
		this.logs = logs;
		this.people = people;
	}

	@GetMapping("/people/{id}/access-log")
	String page(@PersonId(purpose = Purpose.GOVERNANCE) PersonAccess access,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @PlausibleDate LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @PlausibleDate LocalDate to,
			@RequestParam(defaultValue = "0") int page, Model model) {
		AuditTrail.Page log = logs.read(access, from, to, page, 50);
		model.addAttribute("personId", access.personId());
		model.addAttribute("name", people.name(access.personId()).orElseThrow());
		model.addAttribute("log", log);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("pages", (log.total() + 49) / 50);
		return "sharing/access-log";
	}

}
