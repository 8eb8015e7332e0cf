package org.accord.sharing.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.accord.platform.security.AccordPrincipal;
import org.accord.platform.web.NotFoundException;
import org.accord.sharing.AccessPolicy;
import org.accord.sharing.Consent;
import org.accord.sharing.ConsentHolders;
import org.accord.sharing.Consents;
import org.accord.sharing.InvolvementRegister;
import org.accord.sharing.SharingDecision;
import org.accord.sharing.SharingDecisions;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The sharing tasks: confirming or declining that one's agency's records are shared under another's
 * consent, approving or refusing requests to share without consent, and acknowledging by name what was
 * shared with one's agency (002:516-517). Each lists only people the reader may know of.
 */
@Controller
class SharingTasksController {

	private final Consents consents;

	private final ConsentHolders holders;

	private final SharingDecisions decisions;

	private final InvolvementRegister people;

	private final AccessPolicy policy;

	SharingTasksController(Consents consents, ConsentHolders holders, SharingDecisions decisions,
			InvolvementRegister people, AccessPolicy policy) {
		this.consents = consents;
		this.holders = holders;
		this.decisions = decisions;
		this.people = people;
		this.policy = policy;
	}

	@GetMapping("/sharing/approvals")
	String approvals(@RequestParam(required = false) UUID refuseError, @AuthenticationPrincipal AccordPrincipal me,
			Model model) {
		var waiting = decisions.waitingFor(me).stream().filter(d -> policy.mayName(me, d.personId())).toList();
		model.addAttribute("waiting", waiting);
		model.addAttribute("names", names(me, waiting.stream().map(SharingDecision::personId).toList()));
		model.addAttribute("refuseError", refuseError);
		return "sharing/approvals";
	}

	@PostMapping("/sharing/approvals/{id}")
	String decide(@PathVariable UUID id, @RequestParam(required = false) String outcome,
			@RequestParam(required = false) String note, @AuthenticationPrincipal AccordPrincipal me,
			RedirectAttributes redirect) {
		SharingDecision request = decisions.find(id).filter(d -> decisions.mayDecide(me, d))
			.orElseThrow(() -> new NotFoundException("Sharing decision"));
		boolean approve = "approve".equals(outcome);
		String why = note == null || note.isBlank() ? null : note.trim();
		if ((!approve && why == null) || (why != null && why.length() > 1000)) {
			return "redirect:/sharing/approvals?refuseError=" + id + "#note-" + id;
		}
		decisions.decide(id, me, approve, why);
		redirect.addFlashAttribute("success",
				approve ? "Approved. " + request.toAgencyName() + " has been told." : "Refused. Nothing is shared.");
		return "redirect:/sharing/approvals";
	}

	@GetMapping("/sharing/received")
	String received(@RequestParam(required = false) UUID declineError, @AuthenticationPrincipal AccordPrincipal me,
			Model model) {
		var confirmations = holders.waitingFor(me.agencyId()).stream().filter(c -> policy.mayKnow(me, c.personId())).toList();
		var shared = consents.awaitingAcknowledgement(me.agencyId()).stream().filter(c -> policy.mayKnow(me, c.personId()))
			.toList();
		var overrides = decisions.unacknowledged(me.agencyId()).stream().filter(d -> policy.mayKnow(me, d.personId()))
			.toList();
		model.addAttribute("confirmations", confirmations);
		model.addAttribute("consents", shared);
		model.addAttribute("overrides", overrides);
		List<UUID> ids = new ArrayList<>();
		confirmations.forEach(c -> ids.add(c.personId()));
		shared.forEach(c -> ids.add(c.personId()));
		overrides.forEach(d -> ids.add(d.personId()));
		model.addAttribute("names", names(me, ids));
		model.addAttribute("declineError", declineError);
		return "sharing/received";
	}

	@PostMapping("/sharing/received/holders/{id}/confirm")
	String confirm(@PathVariable UUID id, @AuthenticationPrincipal AccordPrincipal me, RedirectAttributes redirect) {
		Consent consent = holders.confirm(id, me);
		redirect.addFlashAttribute("success", "Confirmed by " + me.displayName() + ". Your agency's records now flow to "
				+ String.join(", ", consent.recipients().stream().map(Consent.Recipient::agencyName).toList())
				+ ", who have been told.");
		return "redirect:/sharing/received";
	}

	@PostMapping("/sharing/received/holders/{id}/decline")
	String decline(@PathVariable UUID id, @RequestParam(required = false) String reason,
			@AuthenticationPrincipal AccordPrincipal me, RedirectAttributes redirect) {
		if (reason == null || reason.isBlank() || reason.length() > 1000) {
			return "redirect:/sharing/received?declineError=" + id + "#decline-" + id;
		}
		holders.decline(id, me, reason.trim());
		redirect.addFlashAttribute("success",
				"Declined. Nothing of your agency's is shared under this consent, and the agency that recorded "
				+ "it has been told why.");
		return "redirect:/sharing/received";
	}

	@PostMapping("/sharing/received/consents/{id}")
	String acknowledgeConsent(@PathVariable UUID id, @AuthenticationPrincipal AccordPrincipal me,
			RedirectAttributes redirect) {
		if (consents.acknowledge(id, me)) {
			redirect.addFlashAttribute("success", "Acknowledged by " + me.displayName());
		}
		return "redirect:/sharing/received";
	}

	@PostMapping("/sharing/received/decisions/{id}")
	String acknowledgeDecision(@PathVariable UUID id, @AuthenticationPrincipal AccordPrincipal me,
			RedirectAttributes redirect) {
		if (decisions.acknowledge(id, me)) {
			redirect.addFlashAttribute("success", "Acknowledged by " + me.displayName());
		}
		return "redirect:/sharing/received";
	}

	/** The names the page may show: each person is named only to a reader the policy lets know them. */
	private Map<UUID, String> names(AccordPrincipal me, List<UUID> ids) {
		Map<UUID, String> names = new LinkedHashMap<>();
		ids.forEach(id -> names.put(id, policy.mayName(me, id) ? people.name(id).orElse("A person whose record was merged")
				: "A person whose record you cannot see"));
		return names;
	}

}
