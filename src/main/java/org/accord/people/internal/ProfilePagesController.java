package org.accord.people.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.validation.Valid;

import org.accord.people.People;
import org.accord.people.Person;
import org.accord.people.ProfileField;
import org.accord.people.ProfileValue;
import org.accord.people.Profiles;
import org.accord.platform.web.ConflictException;
import org.accord.platform.web.InvalidInputException;
import org.accord.sharing.AccessDecision;
import org.accord.sharing.InformationCategory;
import org.accord.sharing.PersonAccess;
import org.accord.sharing.PersonId;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Changing the shared profile: one form for every field the user's grounds allow them to change. */
@Controller
class ProfilePagesController {

	/** A titled group of fields on the form. */
	record Section(String title, String hint, List<ProfileField> fields) {
	}

	/** A field someone else changed while the user was editing, with its value now. */
	record Changed(String label, String value, String source) {
	}

	private final People people;

	private final Profiles profiles;

	private final Clock clock;

	ProfilePagesController(People people, Profiles profiles, Clock clock) {
		this.people = people;
		this.profiles = profiles;
		this.clock = clock;
	}

	@GetMapping("/people/{id}/profile")
	String edit(@PersonId(write = true) PersonAccess access, Model model) {
		UUID id = access.personId();
		Person person = people.find(id).orElseThrow();
		AccessDecision decision = access.decision();
		model.addAttribute("form", ProfileForm.of(person, profiles.profile(id), decision));
		return page(person, decision, model);
	}

	@PostMapping("/people/{id}/profile")
	String save(PersonAccess access, @Valid @ModelAttribute("form") ProfileForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		UUID id = access.personId();
		Person person = people.find(id).orElseThrow();
		AccessDecision decision = access.decision();
		LocalDate dob = form.dateOfBirth(result, LocalDate.now(clock));
		Map<String, String> submitted = new LinkedHashMap<>();
		Map<ProfileField, ProfileValue> stored = profiles.profile(id);
		for (ProfileField field : ProfileField.extended()) {
			boolean hidden = stored.containsKey(field) && !stored.get(field).visibleUnder(decision);
			if (!hidden && decision.canSee(field.category()) && form.getValues().containsKey(field.key())) {
				submitted.put(field.key(), form.getValues().get(field.key()));
			}
		}
		Map<ProfileField, String> values = Map.of();
		try {
			values = ProfileInput.parse(submitted, "", decision);
		}
		catch (InvalidInputException ex) {
			ex.errors().forEach(e -> result.rejectValue("values[" + e.field() + "]", "invalid", e.message()));
		}
		if (result.hasErrors()) {
			return page(person, decision, model);
		}
		boolean postcodeHidden = stored.containsKey(ProfileField.POSTCODE)
				&& !stored.get(ProfileField.POSTCODE).visibleUnder(decision);
		String postcode = decision.canSee(InformationCategory.CONTACT) && !postcodeHidden ? form.getPostcode()
				: person.postcode();
		try {
			Map<ProfileField, String> checked = values;
			// The change and its audit row commit together; a conflict rolls back both and shows the form again.
			var changed = profiles.change(access, form.getVersion(),
					new People.Draft(form.getGivenName(), form.getFamilyName(), dob, form.getGender(), postcode), checked);
			redirect.addFlashAttribute("success", changed.isEmpty() ? "Nothing was changed" : "Profile saved");
			return "redirect:/people/" + id;
		}
		catch (ConflictException ex) {
			// Keep what the user typed, show what the other person changed, and let them save over it knowingly.
			Person now = people.find(id).orElseThrow();
			Map<ProfileField, ProfileValue> current = profiles.profile(id);
			List<Changed> differences = new ArrayList<>();
			for (ProfileField field : ProfileField.values()) {
				ProfileValue value = current.get(field);
				String theirs = value == null ? null : value.value();
				String mine = typed(form, field, dob, postcode);
				boolean shown = value == null ? decision.canSee(field.category()) : value.visibleUnder(decision);
				if (shown && !Objects.equals(blankToNull(theirs), blankToNull(mine))) {
					differences.add(new Changed(field.label(), theirs == null ? "Blank" : theirs,
							value == null || value.sourceAgencyName() == null ? null : value.sourceAgencyName()));
				}
			}
			form.setVersion(now.version());
			model.addAttribute("conflict", differences);
			result.reject("conflict",
					"Someone else changed this record while you were editing it. Your changes have not been saved yet: check the "
					+ "values below, then save again.");
			return page(now, decision, model);
		}
	}

	private String page(Person person, AccessDecision decision, Model model) {
		List<Section> sections = new ArrayList<>();
		sections.add(new Section("About them", null,
				List.of(ProfileField.ALIASES, ProfileField.PRONOUNS, ProfileField.MAIN_LANGUAGE, ProfileField.INTERPRETER_NEEDED,
						ProfileField.DISABILITY, ProfileField.COMMUNICATION_NEEDS, ProfileField.GP_PRACTICE)));
		sections.add(new Section("Diversity monitoring",
				"Optional. Ask only if it is safe, and record what the person chooses, including that they prefer not to say.",
				List.of(ProfileField.ETHNICITY, ProfileField.SEXUAL_ORIENTATION, ProfileField.RELIGION)));
		if (decision.canSee(InformationCategory.CONTACT)) {
			sections.add(new Section("Safe contact",
					"How to reach them without putting them at risk. Leave a question blank if it is not known.",
					ProfileField.extended().stream().filter(f -> f.category() == InformationCategory.CONTACT).toList()));
		}
		Map<ProfileField, ProfileValue> stored = profiles.profile(person.id());
		Map<String, String> heldElsewhere = new LinkedHashMap<>();
		stored.values().stream().filter(v -> !v.visibleUnder(decision))
			.forEach(v -> heldElsewhere.put(v.field().key(), v.sourceAgencyName()));
		model.addAttribute("heldElsewhere", heldElsewhere);
		model.addAttribute("person", person);
		model.addAttribute("contact", decision.canSee(InformationCategory.CONTACT) && !heldElsewhere.containsKey("postcode"));
		model.addAttribute("sections", sections);
		return "people/profile";
	}

	private static String typed(ProfileForm form, ProfileField field, LocalDate dob, String postcode) {
		return switch (field) {
			case GIVEN_NAME -> form.getGivenName();
			case FAMILY_NAME -> form.getFamilyName();
			case DATE_OF_BIRTH -> dob == null ? null : dob.toString();
			case GENDER -> form.getGender();
			case POSTCODE -> postcode;
			default -> field.canonical(form.getValues().get(field.key()));
		};
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

}
