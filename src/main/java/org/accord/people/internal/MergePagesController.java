package org.accord.people.internal;

import java.util.List;
import java.util.UUID;

import org.accord.people.Merges;
import org.accord.people.People;
import org.accord.people.Person;
import org.accord.people.PersonMatch;
import org.accord.people.PersonMatching;
import org.accord.platform.security.AccordPrincipal;
import org.accord.platform.web.BusinessRuleException;
import org.accord.platform.web.ConflictException;
import org.accord.platform.web.InvalidInputException;
import org.accord.sharing.AccessPolicy;
import org.accord.sharing.PersonAccess;
import org.accord.sharing.PersonId;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Merging a duplicate into this record, chosen from the likely matches the user's agency works with,
 * and undoing an earlier merge. Both need a reason, which the audit trail keeps.
 */
@Controller
class MergePagesController {

	private final People people;

	private final PersonMatching matching;

	private final Merges merges;

	private final AccessPolicy policy;

	MergePagesController(People people, PersonMatching matching, Merges merges, AccessPolicy policy) {
		this.people = people;
		this.matching = matching;
		this.merges = merges;
		this.policy = policy;
	}

	@GetMapping("/people/{id}/merge")
	String show(@PersonId(write = true) PersonAccess access, Model model) {
		return page(people.find(access.personId()).orElseThrow(), access.user(), model, null, null, null, null);
	}

	/** Both records must be ones the user's agency works with now: nobody merges what they cannot see. */
	@PostMapping("/people/{id}/merge")
	String merge(PersonAccess access, @RequestParam(required = false) UUID duplicateId,
			@RequestParam(required = false) String reason, Model model, RedirectAttributes redirect) {
		AccordPrincipal me = access.user();
		Person person = people.find(access.personId()).orElseThrow();
		String reasonError = reason == null || reason.isBlank() ? "Enter why these are the same person"
				: reason.length() > 500 ? "The reason must be 500 characters or fewer" : null;
		if (duplicateId == null || reasonError != null) {
			return page(person, me, model, duplicateId == null ? "Select the record that is a duplicate of this one" : null,
					reasonError, duplicateId, reason);
		}
		try {
			merges.merge(access, duplicateId, reason.trim());
		}
		catch (InvalidInputException ex) {
			return page(person, me, model, "Select the record that is a duplicate of this one", null, duplicateId, reason);
		}
		catch (BusinessRuleException | ConflictException ex) {
			return page(person, me, model, ex.getMessage(), null, duplicateId, reason);
		}
		redirect.addFlashAttribute("success", "Records merged. Both histories are now shown here; the merge can be undone.");
		return "redirect:/people/" + access.personId();
	}

	@PostMapping("/people/{id}/merges/{mergeId}/undo")
	String undo(PersonAccess access, @PathVariable UUID mergeId, @RequestParam(required = false) String reason,
			Model model, RedirectAttributes redirect) {
		Person person = people.find(access.personId()).orElseThrow();
		if (reason == null || reason.isBlank() || reason.length() > 500) {
			model.addAttribute("undoError", mergeId);
			return page(person, access.user(), model, null, null, null, null);
		}
		var undone = merges.unmerge(access, mergeId, reason.trim());
		redirect.addFlashAttribute("success", "Merge undone: " + undone.mergedName() + " is a separate record again");
		return "redirect:/people/" + access.personId() + "/merge";
	}

	private String page(Person person, AccordPrincipal me, Model model, String duplicateError, String reasonError,
			UUID duplicateId, String reason) {
		// Only records the user's agency already works with are offered: nobody learns of another record by merging.
		List<PersonMatch> candidates = matching.matches(person.givenName(), person.familyName(), person.dateOfBirth(),
				person.postcode())
			.stream()
			.filter(m -> !m.id().equals(person.id()) && policy.mayWrite(me, m.id()))
			.toList();
		model.addAttribute("person", person);
		model.addAttribute("candidates", candidates);
		model.addAttribute("merges", merges.merges(person.id()));
		model.addAttribute("duplicateError", duplicateError);
		model.addAttribute("reasonError", reasonError);
		model.addAttribute("duplicateId", duplicateId);
		model.addAttribute("reason", reason);
		return "people/merge";
	}

}
