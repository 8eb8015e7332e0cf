package org.accord.people.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;

import jakarta.validation.Valid;

import org.accord.people.Chronology;
import org.accord.people.ChronologyEntry;
import org.accord.people.People;
import org.accord.platform.web.ConflictException;
import org.accord.platform.web.InvalidInputException;
import org.accord.platform.web.NotFoundException;
import org.accord.sharing.InformationCategory;
import org.accord.sharing.PersonAccess;
import org.accord.sharing.PersonId;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Correcting a chronology entry on a page: the form starts as the original, which stays as it was. */
@Controller
class ChronologyCorrectionPagesController {

	private final People people;

	private final Chronology chronology;

	ChronologyCorrectionPagesController(People people, Chronology chronology) {
		this.people = people;
		this.chronology = chronology;
	}

	@GetMapping("/people/{id}/chronology/{entryId}/correct")
	String show(@PersonId(write = true) PersonAccess access, @PathVariable UUID entryId, Model model) {
		ChronologyEntry original = chronology.correctable(access, entryId);
		model.addAttribute("form", ChronologyCorrectionForm.of(original));
		return form(access, original, model);
	}

	@PostMapping("/people/{id}/chronology/{entryId}/correct")
	String correct(PersonAccess access, @PathVariable UUID entryId,
			@Valid @ModelAttribute("form") ChronologyCorrectionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		LocalDate date = form.date(result);
		if (result.hasErrors()) {
			return form(access, chronology.correctable(access, entryId), model);
		}
		try {
			chronology.correct(access, entryId,
					new Chronology.Correction(new Chronology.NewEntry(date, form.getType(), form.getSummary(), form.getKind(),
							form.getCategory(), form.getProvenance()), form.getReason()));
		}
		catch (InvalidInputException ex) {
			ex.errors().forEach(p -> result.rejectValue(field(p.field()), "invalid", message(p.field(), p.message())));
			return form(access, chronology.correctable(access, entryId), model);
		}
		catch (ConflictException ex) {
			// Someone of the agency corrected it first: theirs stands, this one is not saved over it, and the form keeps what
			// was typed.
			result.reject("conflict", ex.getMessage() + ". Nothing was saved.");
			ChronologyEntry original = chronology.visibleTo(access, Chronology.Filter.ALL).stream()
				.filter(e -> e.id().equals(entryId))
				.findFirst().orElseThrow(() -> new NotFoundException("Chronology entry"));
			return form(access, original, model);
		}
		redirect.addFlashAttribute("success", "Entry corrected. The original is kept and shown as corrected");
		return "redirect:/people/" + access.personId() + "/chronology";
	}

	private static String field(String field) {
		return "occurredOn".equals(field) ? "day" : field;
	}

	private static String message(String field, String problem) {
		return switch (field) {
			case "occurredOn" -> "The date " + problem;
			case "category" -> "You may not record information of this category";
			case "reason" -> "Enter why you are correcting the entry";
			default -> problem;
		};
	}

	private String form(PersonAccess access, ChronologyEntry original, Model model) {
		model.addAttribute("person", people.find(access.personId()).orElseThrow());
		model.addAttribute("original", original);
		model.addAttribute("types", ChronologyEntry.Type.values());
		model.addAttribute("kinds", ChronologyEntry.Kind.values());
		model.addAttribute("categories", Arrays.stream(InformationCategory.values()).filter(access::canSee).toList());
		return "people/chronology-correct";
	}

}
