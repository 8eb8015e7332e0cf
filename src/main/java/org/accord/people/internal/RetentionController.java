package org.accord.people.internal;

import org.accord.people.RetentionSettings;
import org.accord.platform.security.AccordPrincipal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The retention periods, the runs and what each removed; information governance can run it now. */
@Controller
class RetentionController {

	private final RetentionRuns runs;

	private final RetentionSettings settings;

	RetentionController(RetentionRuns runs, RetentionSettings settings) {
		this.runs = runs;
		this.settings = settings;
	}

	@GetMapping("/governance/retention")
	String show(@AuthenticationPrincipal AccordPrincipal me, Model model) {
		model.addAttribute("runs", runs.recent(me));
		model.addAttribute("periods", new java.util.TreeMap<>(settings.periods()));
		return "people/retention";
	}

	@PostMapping("/governance/retention/run")
	String runNow(@AuthenticationPrincipal AccordPrincipal me, RedirectAttributes redirect) {
		int removed = runs.runNow(me);
		redirect.addFlashAttribute("success", removed < 0 ? "A run is already under way on another node"
				: "Retention run finished: " + removed + (removed == 1 ? " record" : " records") + " removed");
		return "redirect:/governance/retention";
	}

}
