package org.accord.identity.internal;

import java.time.Clock;
import java.util.UUID;

import org.accord.platform.security.AccordPrincipal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators see where sign-in is being slowed, and may lift it for someone they have spoken to. */
@Controller
@RequestMapping("/admin/sign-in-lockouts")
class SignInLockoutController {

	private final SignInLockouts lockouts;

	private final Clock clock;

	SignInLockoutController(SignInLockouts lockouts, Clock clock) {
		this.lockouts = lockouts;
		this.clock = clock;
	}

	@GetMapping
	String list(Model model) {
		var now = clock.instant();
		var recent = lockouts.recent();
		model.addAttribute("active", recent.stream().filter(l -> l.activeAt(now)).toList());
		model.addAttribute("past", recent.stream().filter(l -> !l.activeAt(now)).toList());
		return "identity/sign-in-lockouts";
	}

	@PostMapping("/{id}/release")
	String release(@PathVariable UUID id, @AuthenticationPrincipal AccordPrincipal admin, RedirectAttributes flash) {
		lockouts.release(id, admin);
		flash.addFlashAttribute("released", true);
		return "redirect:/admin/sign-in-lockouts";
	}

}
