package org.accord.people.internal;

import jakarta.validation.Valid;

import org.accord.people.People;
import org.accord.people.PersonIdentifier;
import org.accord.people.PersonIdentifiers;
import org.accord.people.PersonSearch;
import org.accord.platform.security.AccordPrincipal;
import org.accord.platform.web.ConflictException;
import org.accord.platform.web.InvalidFieldException;
import org.accord.sharing.PersonAccess;
import org.accord.sharing.PersonId;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Recording an NHS number or another service's reference, and finding a person by one. */
@Controller
class IdentifierPagesController {

	private final PersonIdentifiers identifiers;

	private final PersonSearch search;

	private final People people;

	IdentifierPagesController(PersonIdentifiers identifiers, PersonSearch search, People people) {
		this.identifiers = identifiers;
		this.search = search;
		this.people = people;
	}

	@GetMapping("/people/{id}/identifiers/new")
	String form(@PersonId(write = true) PersonAccess access, Model model) {
		return page(access, new IdentifierForm(), model);
	}

	@PostMapping("/people/{id}/identifiers/new")
	String add(PersonAccess access, @Valid @ModelAttribute("form") IdentifierForm form, BindingResult result, Model model,
			RedirectAttributes flash) {
		if (!result.hasErrors()) {
			try {
				var added = identifiers.add(access, form.getType(), form.getValue());
				flash.addFlashAttribute("success", added.type().label() + " " + added.display() + " added");
				return "redirect:/people/" + access.personId();
			}
			catch (InvalidFieldException ex) {
				result.rejectValue("value", "invalid", ex.getMessage());
			}
			catch (ConflictException ex) {
				result.rejectValue("value", "duplicate", ex.getMessage());
			}
		}
		return page(access, form, model);
	}

	/** Searching the whole index by an identifier: an exact match only, recorded as shown to this user. */
	@PostMapping("/people/find/identifier")
	String find(@RequestParam(required = false) PersonIdentifier.Type type, @RequestParam(required = false) String value,
			@AuthenticationPrincipal AccordPrincipal me, Model model) {
		search.requireCaseworker(me);
		model.addAttribute("form", new PersonForm());
		model.addAttribute("identifierType", type == null ? null : type.name());
		model.addAttribute("identifierValue", value);
		model.addAttribute("searched", false);
		if (type == null || value == null || value.isBlank()) {
			model.addAttribute("identifierError", "Select the kind of identifier and enter the number or reference");
			return "people/find";
		}
		try {
			model.addAttribute("matches", search.matches(me, type, value, null, null, null, null));
			model.addAttribute("searched", true);
			model.addAttribute("byIdentifier", true);
		}
		catch (InvalidFieldException ex) {
			model.addAttribute("identifierError", ex.getMessage());
		}
		return "people/find";
	}

	private String page(PersonAccess access, IdentifierForm form, Model model) {
		model.addAttribute("person", people.find(access.personId()).orElseThrow());
		model.addAttribute("form", form);
		model.addAttribute("types", PersonIdentifier.Type.values());
		return "people/identifier-new";
	}

}
