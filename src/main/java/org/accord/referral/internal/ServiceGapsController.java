package org.accord.referral.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import org.accord.directory.NeedCategory;
import org.accord.directory.Services;
import org.accord.platform.security.AccordPrincipal;
import org.accord.platform.web.InvalidFieldException;
import org.accord.referral.ServiceGap;
import org.accord.referral.ServiceGaps;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The gap register in the pages: recording a need nobody could meet, and reading them all. */
@Controller
class ServiceGapsController {

	/** The register looks back a year: long enough to show a pattern to commissioners. */
	static final Duration YEAR = Duration.ofDays(365);

	private final ServiceGaps gaps;

	private final Services services;

	private final Clock clock;

	ServiceGapsController(ServiceGaps gaps, Services services, Clock clock) {
		this.gaps = gaps;
		this.services = services;
		this.clock = clock;
	}

	@GetMapping("/referrals/gaps")
	String register(Model model) {
		model.addAttribute("counts", gaps.counts(clock.instant().minus(YEAR)));
		model.addAttribute("recent", gaps.since(clock.instant().minus(YEAR), 50));
		return "referral/gaps";
	}

	@GetMapping("/referrals/gaps/new")
	String form(@AuthenticationPrincipal AccordPrincipal me, @RequestParam(required = false) String need,
			@RequestParam(required = false) String area, Model model) {
		if (!me.caseworker()) {
			throw new AccessDeniedException("Practitioners and agency managers record gaps in service");
		}
		return page(valid(need), area, null, null, null, model);
	}

	@PostMapping("/referrals/gaps/new")
	String record(@AuthenticationPrincipal AccordPrincipal me, @RequestParam(required = false) String need,
			@RequestParam(required = false) String areaId, @RequestParam(required = false) String why, Model model,
			RedirectAttributes flash) {
		NeedCategory chosen = valid(need);
		try {
			UUID area = areaId == null || areaId.isBlank() ? null : UUID.fromString(areaId);
			gaps.record(me, new ServiceGap.Draft(chosen, area, why));
			flash.addFlashAttribute("success", "Gap in service recorded. The partnership sees it in the register.");
			return "redirect:/referrals/gaps";
		}
		catch (IllegalArgumentException ex) {
			return page(chosen, areaId, why, "areaId", "Choose the area from the list", model);
		}
		catch (InvalidFieldException ex) {
			return page(chosen, areaId, why, ex.field(), ex.getMessage(), model);
		}
	}

	private String page(NeedCategory need, String area, String why, String errorField, String error, Model model) {
		model.addAttribute("needs", NeedCategory.values());
		model.addAttribute("areas", services.areas());
		model.addAttribute("need", need);
		model.addAttribute("area", area);
		model.addAttribute("why", why);
		model.addAttribute("errorField", errorField);
		model.addAttribute("error", error);
		return "referral/gap-new";
	}

	private static NeedCategory valid(String need) {
		for (NeedCategory n : NeedCategory.values()) {
			if (n.name().equals(need)) {
				return n;
			}
		}
		return null;
	}

}
