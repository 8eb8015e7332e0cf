package org.accord.people.internal;

import java.util.List;

import org.accord.people.Person;
import org.accord.people.PersonSearch;
import org.accord.platform.security.AccordPrincipal;
import org.accord.platform.security.Role;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Finding a person by name for a subject access request or an access log: information governance only, and audited. */
@Controller
class GovernancePeopleController {

	private final PersonSearch search;

	GovernancePeopleController(PersonSearch search) {
		this.search = search;
	}

	@GetMapping("/governance/people")
	String find(@RequestParam(required = false) String q, @AuthenticationPrincipal AccordPrincipal me, Model model) {
		if (!me.hasRole(Role.INFORMATION_GOVERNANCE)) {
			throw new AccessDeniedException("Information governance only");
		}
		String text = q == null ? null : q.trim();
		List<Person> found = text == null || text.length() < 2 || text.length() > 100 ? List.of()
				: search.forGovernance(me, text);
		model.addAttribute("q", text);
		model.addAttribute("found", found);
		model.addAttribute("tooShort", text != null && (text.length() < 2 || text.length() > 100));
		return "people/governance-find";
	}

}
