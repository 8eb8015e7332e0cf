package org.accord.sharing.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.accord.platform.security.AccordPrincipal;
import org.accord.platform.security.Role;
import org.accord.sharing.Consent;
import org.accord.sharing.Consents;
import org.accord.sharing.SharingAgreements;
import org.accord.sharing.SharingDecisions;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * What the information governance lead watches: sharing without consent in force, shares nobody has
 * acknowledged, consents and agreements running out, and access that looks unusual.
 */
@Controller
class GovernanceController {

	private final GovernanceFigures figures;

	private final Consents consents;

	private final SharingDecisions decisions;

	private final SharingAgreements agreements;

	private final Clock clock;

	GovernanceController(GovernanceFigures figures, Consents consents, SharingDecisions decisions,
			SharingAgreements agreements, Clock clock) {
		this.figures = figures;
		this.consents = consents;
		this.decisions = decisions;
		this.agreements = agreements;
		this.clock = clock;
	}

	@GetMapping("/governance")
	String dashboard(@AuthenticationPrincipal AccordPrincipal me, Model model) {
		if (!me.hasRole(Role.INFORMATION_GOVERNANCE)) {
			throw new AccessDeniedException("Information governance only");
		}
		LocalDate today = LocalDate.now(clock);
		model.addAttribute("waiting", decisions.waitingFor(me).size());
		model.addAttribute("overrides", figures.overrides(today));
		model.addAttribute("unacknowledged", figures.unacknowledged(today));
		model.addAttribute("expiring", figures.expiring(today));
		model.addAttribute("reviews",
				agreements.all().stream().filter(a -> a.active() && a.reviewOn().isBefore(today.plusDays(61))).toList());
		model.addAttribute("today", today);
		model.addAttribute("unusual", figures.unusual());
		var inForce = consents.inForce(200);
		model.addAttribute("consents", inForce);
		Map<UUID, String> names = new HashMap<>();
		inForce.forEach(c -> names.put(c.personId(), figures.nameFor(me, c.personId())));
		model.addAttribute("consentNames", names);
		model.addAttribute("pendingHolders", holders(inForce, Consent.HolderStatus.PENDING));
		model.addAttribute("declinedHolders", holders(inForce, Consent.HolderStatus.DECLINED));
		model.addAttribute("joins", figures.joins(me));
		return "sharing/governance";
	}

	private static long holders(List<Consent> consents, Consent.HolderStatus status) {
		return consents.stream().flatMap(c -> c.holders().stream().filter(h -> h.status() == status)).count();
	}

}
