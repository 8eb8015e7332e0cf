package org.accord.people.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.accord.people.Involvement;
import org.accord.people.Involvements;
import org.accord.people.LeadProfessionals;
import org.accord.people.People;
import org.accord.platform.web.InvalidInputException;
import org.accord.sharing.PersonAccess;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The lead professional: who leads now, who led before, and agreeing or handing it over. */
@Controller
class LeadPagesController {

	/** One choice of lead: an involved agency, with or without its named worker. */
	record Choice(String value, String label) {
	}

	private final Involvements involvements;

	private final LeadProfessionals leads;

	private final People people;

	LeadPagesController(Involvements involvements, LeadProfessionals leads, People people) {
		this.involvements = involvements;
		this.leads = leads;
		this.people = people;
	}

	@GetMapping("/people/{id}/lead-professional")
	String show(PersonAccess access, Model model) {
		return page(access, new LeadForm(), model);
	}

	@PostMapping("/people/{id}/lead-professional")
	String agree(PersonAccess access, @Valid @ModelAttribute("form") LeadForm form, BindingResult result, Model model,
			RedirectAttributes flash) {
		if (!result.hasErrors()) {
			try {
				String[] parts = form.getLead().split(":", 2);
				var lead = involvements.agreeLead(access, UUID.fromString(parts[0]),
						parts.length > 1 ? UUID.fromString(parts[1]) : null, form.getAgreedBy());
				flash.addFlashAttribute("success",
						"The lead professional is now " + (lead.workerName() == null ? "" : lead.workerName() + ", ")
						+ lead.agencyName() + ". They have been told");
				return "redirect:/people/" + access.personId() + "/lead-professional";
			}
			catch (IllegalArgumentException ex) {
				result.rejectValue("lead", "invalid", "Select who leads from the list");
			}
			catch (InvalidInputException ex) {
				result.rejectValue("lead", "invalid", "Select an agency that works with the person now");
			}
		}
		return page(access, form, model);
	}

	private String page(PersonAccess access, LeadForm form, Model model) {
		model.addAttribute("person", people.find(access.personId()).orElseThrow());
		model.addAttribute("lead", involvements.leadVisibleTo(access).orElse(null));
		// The history names agencies, and being under one reveals its category: only those the user may see.
		List<UUID> visibleAgencies = involvements.visibleTo(access).stream().map(Involvement::agencyId).toList();
		model.addAttribute("history", leads.leadHistory(access.personId()).stream()
			.filter(l -> visibleAgencies.contains(l.agencyId()))
			.toList());
		model.addAttribute("mayWrite", access.mayWrite());
		List<Choice> choices = new ArrayList<>();
		for (Involvement i : involvements.visibleTo(access)) {
			if (!i.current()) {
				continue;
			}
			choices.add(new Choice(i.agencyId().toString(), i.agencyName()));
			if (i.workerUserId() != null) {
				choices.add(new Choice(i.agencyId() + ":" + i.workerUserId(),
						i.workerName() + ", " + i.role() + ", " + i.agencyName()));
			}
		}
		model.addAttribute("choices", choices);
		model.addAttribute("form", form);
		return "people/lead-professional";
	}

}
