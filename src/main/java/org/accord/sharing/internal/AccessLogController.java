package org.accord.sharing.internal;

import java.time.LocalDate;
import java.util.UUID;

import org.accord.audit.AuditEvent;
import org.accord.audit.AuditLog;
import org.accord.audit.AuditTrail;
import org.accord.sharing.InvolvementRegister;
import org.accord.sharing.PersonAccess;
import org.accord.sharing.PersonId;
import org.accord.sharing.Purpose;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
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

	private final AuditTrail trail;

	private final InvolvementRegister people;

	private final AuditLog audit;

	AccessLogController(AuditTrail trail, InvolvementRegister people, AuditLog audit) {
		this.trail = trail;
		this.people = people;
		this.audit = audit;
	}

	@GetMapping("/people/{id}/access-log")
	@Transactional
	String page(@PersonId(purpose = Purpose.GOVERNANCE) PersonAccess access, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @org.accord.platform.web.PlausibleDate LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @org.accord.platform.web.PlausibleDate LocalDate to,
			@RequestParam(defaultValue = "0") int page, Model model) {
		UUID id = access.personId();
		String name = read(access);
		int current = Math.max(page, 0);
		AuditTrail.Page log = trail.forPerson(id, from, to, current, 50);
		model.addAttribute("personId", id);
		model.addAttribute("name", name);
		model.addAttribute("log", log);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("pages", (log.total() + 49) / 50);
		return "sharing/access-log";
	}

	/** The caller came in for governance, which only information governance may: reading the log is audited too. */
	String read(PersonAccess access) {
		audit.record(AuditEvent.of("ACCESS_LOG", "PERSON", access.personId()).person(access.personId()));
		return people.name(access.personId()).orElseThrow();
	}

}
