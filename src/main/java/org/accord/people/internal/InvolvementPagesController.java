package org.accord.people.internal;

import jakarta.validation.Valid;

import org.accord.people.Involvements;
import org.accord.people.JoinGrounds;
import org.accord.people.People;
import org.accord.platform.web.BusinessRuleException;
import org.accord.sharing.PersonAccess;
import org.accord.sharing.PersonId;
import org.accord.sharing.Purpose;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Joining a person found by a search, on recorded grounds, and ending the agency's involvement with the support in
 * place.
 */
@Controller
class InvolvementPagesController {

	private final People people;

	private final Involvements involvements;

	InvolvementPagesController(People people, Involvements involvements) {
		this.people = people;
		this.involvements = involvements;
	}

	/** "This is the person": the grounds for joining come before anything of the record is shown. */
	@GetMapping("/people/{id}/join")
	String joinForm(@PersonId(purpose = Purpose.JOIN) PersonAccess access, Model model) {
		if (access.mayWrite()) {
			return "redirect:/people/" + access.personId();
		}
		model.addAttribute("form", new JoinForm());
		return joinPage(access, model);
	}

	@PostMapping("/people/{id}/join")
	String join(@PersonId(purpose = Purpose.JOIN) PersonAccess access, @Valid @ModelAttribute("form") JoinForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (form.getGrounds() == JoinGrounds.CREATED_RECORD) {
			result.rejectValue("grounds", "choice", "Select why your agency is joining this record");
		}
		if (result.hasErrors()) {
			return joinPage(access, model);
		}
		String role = form.getRole() == null ? "Practitioner at " + access.user().agencyName() : form.getRole();
		boolean added = involvements.join(access, form.getGrounds(), form.getReason(), role);
		redirect.addFlashAttribute("success",
				added ? access.user().agencyName() + " is now recorded as involved. The lead professional has been told."
				: "Your agency was already involved");
		return "redirect:/people/" + access.personId();
	}

	private String joinPage(PersonAccess access, Model model) {
		model.addAttribute("personId", access.personId());
		model.addAttribute("name", people.name(access.personId()).orElseThrow());
		model.addAttribute("groundOptions", JoinGrounds.choices());
		return "people/join";
	}

	@GetMapping("/people/{id}/involvement/end")
	String endForm(@PersonId(write = true) PersonAccess access, Model model) {
		model.addAttribute("form", new EndForm());
		return endPage(access, model);
	}

	@PostMapping("/people/{id}/involvement/end")
	String end(PersonAccess access, @Valid @ModelAttribute("form") EndForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				involvements.end(access, form.getReason(), form.getOngoingSupport());
				redirect.addFlashAttribute("success",
						"Your agency's involvement has ended. You can still read what your agency recorded.");
				return "redirect:/people/" + access.personId();
			}
			catch (BusinessRuleException ex) {
				result.reject("lead", ex.getMessage());
			}
		}
		return endPage(access, model);
	}

	private String endPage(PersonAccess access, Model model) {
		model.addAttribute("personId", access.personId());
		model.addAttribute("name", people.name(access.personId()).orElseThrow());
		return "people/involvement-end";
	}

}
