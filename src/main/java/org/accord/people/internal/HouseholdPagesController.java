package org.accord.people.internal;

import java.util.Arrays;
import java.util.List;

import jakarta.validation.Valid;

import org.accord.people.ConfidentialLocations;
import org.accord.people.People;
import org.accord.people.Person;
import org.accord.people.PersonSearch;
import org.accord.people.RelationshipType;
import org.accord.people.Relationships;
import org.accord.platform.web.InvalidInputException;
import org.accord.sharing.AccessPolicy;
import org.accord.sharing.PersonAccess;
import org.accord.sharing.PersonId;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The household and relationships, and the confidential location, on the pages. A relationship is
 * written about both people, so both must be people the user's agency works with; the location is seen
 * by the holding agency alone.
 */
@Controller
class HouseholdPagesController {

	private final Relationships relationships;

	private final ConfidentialLocations locations;

	private final People people;

	private final AccessPolicy policy;

	private final PersonSearch search;

	HouseholdPagesController(Relationships relationships, ConfidentialLocations locations, People people,
			AccessPolicy policy, PersonSearch search) {
		this.search = search;
		this.relationships = relationships;
		this.locations = locations;
		this.people = people;
		this.policy = policy;
	}

	@GetMapping("/people/{id}/relationships/new")
	String relationshipForm(@PersonId(write = true) PersonAccess access, Model model) {
		return relationshipPage(access, new RelationshipForm(), model);
	}

	@PostMapping("/people/{id}/relationships/new")
	String relate(PersonAccess access, @Valid @ModelAttribute("form") RelationshipForm form, BindingResult result,
			Model model, RedirectAttributes flash) {
		if (!result.hasErrors()) {
			try {
				relationships.relate(access, form.getPersonId(), form.getType());
				flash.addFlashAttribute("success", "Relationship recorded");
				return "redirect:/people/" + access.personId();
			}
			catch (InvalidInputException ex) {
				ex.errors()
					.forEach(e -> result.rejectValue(e.field(), "invalid", "Select a person your agency works with now, other than "
						+ "this one"));
			}
		}
		return relationshipPage(access, form, model);
	}

	@GetMapping("/people/{id}/confidential-location")
	String locationForm(@PersonId(write = true) PersonAccess access, Model model) {
		var form = new LocationForm();
		form.setAddress(locations.heldBy(access.personId(), access.agencyId()).orElse(null));
		return locationPage(access, form, model);
	}

	@PostMapping("/people/{id}/confidential-location")
	String hold(PersonAccess access, @Valid @ModelAttribute("form") LocationForm form, BindingResult result, Model model,
			RedirectAttributes flash) {
		if (result.hasErrors()) {
			return locationPage(access, form, model);
		}
		locations.hold(access, form.getAddress());
		flash.addFlashAttribute("success", "Confidential location recorded. Only " + access.user().agencyName() + " sees it");
		return "redirect:/people/" + access.personId();
	}

	private String relationshipPage(PersonAccess access, RelationshipForm form, Model model) {
		Person person = people.find(access.personId()).orElseThrow();
		// Only people the agency works with now can be related, so only they are offered.
		List<Person> candidates = search.caseload(access.user(), null, 0, 500).items().stream()
			.filter(p -> !p.id().equals(person.id()) && policy.mayWrite(access.user(), p.id()))
			.toList();
		model.addAttribute("person", person);
		model.addAttribute("form", form);
		model.addAttribute("candidates", candidates);
		model.addAttribute("types", Arrays.stream(RelationshipType.values()).toList());
		return "people/relationship-new";
	}

	private String locationPage(PersonAccess access, LocationForm form, Model model) {
		model.addAttribute("person", people.find(access.personId()).orElseThrow());
		model.addAttribute("form", form);
		return "people/confidential-location";
	}

}
