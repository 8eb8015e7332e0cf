package org.accord.sharing.internal;

import java.time.LocalDate;
import java.util.UUID;

import org.accord.audit.AuditEvent;
import org.accord.audit.AuditLog;
import org.accord.audit.AuditTrail;
import org.accord.platform.security.AccordPrincipal;
import org.accord.platform.security.Role;
import org.accord.platform.web.NotFoundException;
import org.accord.sharing.InvolvementRegister;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
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
	String page(@PathVariable UUID id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal AccordPrincipal me, Model model) {
		String name = allowed(me, id);
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

	String allowed(AccordPrincipal me, UUID id) {
		if (!me.hasRole(Role.INFORMATION_GOVERNANCE)) {
			throw new NotFoundException("Person");
		}
		String name = people.name(id).orElseThrow(() -> new NotFoundException("Person"));
		audit.record(AuditEvent.of("ACCESS_LOG", "PERSON", id).person(id));
		return name;
	}

}
