package org.accord.sharing.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.accord.audit.AuditEvent;
import org.accord.audit.AuditLog;
import org.accord.platform.security.AccordPrincipal;
import org.accord.platform.web.NotFoundException;
import org.accord.sharing.Consents;
import org.accord.sharing.InvolvementRegister;
import org.accord.sharing.SharingDecision;
import org.accord.sharing.SharingDecisions;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The two sharing tasks: approving or refusing requests to share without consent, and acknowledging
 * by name what was shared with one's agency (002:516-517).
 */
@Controller
class SharingTasksController {

	private final Consents consents;

	private final SharingDecisions decisions;

	private final InvolvementRegister people;

	private final AuditLog audit;

	SharingTasksController(Consents consents, SharingDecisions decisions, InvolvementRegister people, AuditLog audit) {
		this.consents = consents;
		this.decisions = decisions;
		this.people = people;
		this.audit = audit;
	}

	@GetMapping("/sharing/approvals")
	String approvals(@RequestParam(required = false) UUID refuseError, @AuthenticationPrincipal AccordPrincipal me, Model model) {
		var waiting = decisions.waitingFor(me);
		model.addAttribute("waiting", waiting);
		model.addAttribute("names", names(waiting.stream().map(SharingDecision::personId).toList()));
		model.addAttribute("refuseError", refuseError);
		return "sharing/approvals";
	}

	@PostMapping("/sharing/approvals/{id}")
	@Transactional
	String decide(@PathVariable UUID id, @RequestParam String outcome, @RequestParam(required = false) String note,
			@AuthenticationPrincipal AccordPrincipal me, RedirectAttributes redirect) {
		SharingDecision request = decisions.find(id).filter(d -> decisions.mayDecide(me, d))
			.orElseThrow(() -> new NotFoundException("Sharing decision"));
		boolean approve = "approve".equals(outcome);
		String why = note == null || note.isBlank() ? null : note.trim();
		if ((!approve && why == null) || (why != null && why.length() > 1000)) {
			return "redirect:/sharing/approvals?refuseError=" + id + "#note-" + id;
		}
		decisions.decide(id, me, approve, why);
		audit.record(AuditEvent.of(approve ? "APPROVE_SHARE" : "REFUSE_SHARE", "SHARING_DECISION", id).person(request.personId()).reason(why));
		redirect.addFlashAttribute("success", approve ? "Approved. " + request.toAgencyName() + " has been told." : "Refused. Nothing is shared.");
		return "redirect:/sharing/approvals";
	}

	@GetMapping("/sharing/received")
	String received(@AuthenticationPrincipal AccordPrincipal me, Model model) {
		var shared = consents.awaitingAcknowledgement(me.agencyId());
		var overrides = decisions.unacknowledged(me.agencyId());
		model.addAttribute("consents", shared);
		model.addAttribute("overrides", overrides);
		var ids = new java.util.ArrayList<UUID>();
		shared.forEach(c -> ids.add(c.personId()));
		overrides.forEach(d -> ids.add(d.personId()));
		model.addAttribute("names", names(ids));
		return "sharing/received";
	}

	@PostMapping("/sharing/received/consents/{id}")
	@Transactional
	String acknowledgeConsent(@PathVariable UUID id, @AuthenticationPrincipal AccordPrincipal me, RedirectAttributes redirect) {
		if (consents.acknowledge(id, me.agencyId(), me.userId())) {
			audit.record(AuditEvent.of("ACKNOWLEDGE", "CONSENT", id).person(consents.find(id).orElseThrow().personId()));
			redirect.addFlashAttribute("success", "Acknowledged by " + me.displayName());
		}
		return "redirect:/sharing/received";
	}

	@PostMapping("/sharing/received/decisions/{id}")
	@Transactional
	String acknowledgeDecision(@PathVariable UUID id, @AuthenticationPrincipal AccordPrincipal me, RedirectAttributes redirect) {
		if (decisions.acknowledge(id, me.agencyId(), me.userId())) {
			audit.record(AuditEvent.of("ACKNOWLEDGE", "SHARING_DECISION", id).person(decisions.find(id).orElseThrow().personId()));
			redirect.addFlashAttribute("success", "Acknowledged by " + me.displayName());
		}
		return "redirect:/sharing/received";
	}

	private Map<UUID, String> names(java.util.List<UUID> ids) {
		Map<UUID, String> names = new LinkedHashMap<>();
		ids.forEach(id -> names.put(id, people.name(id).orElse("A person whose record was merged")));
		return names;
	}

}
