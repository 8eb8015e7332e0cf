package org.accord.people.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;

import org.accord.people.Chronology;
import org.accord.people.ChronologyEntry;
import org.accord.people.People;
import org.accord.people.Person;
import org.accord.platform.pdf.PdfRenderer;
import org.accord.platform.web.InvalidInputException;
import org.accord.sharing.InformationCategory;
import org.accord.sharing.PersonAccess;
import org.accord.sharing.PersonId;
import org.accord.sharing.Purpose;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The chronology page with its filters, adding an entry, and the PDF for a meeting. */
@Controller
class ChronologyPagesController {

	private final People people;

	private final Chronology chronology;

	private final PdfRenderer pdf;

	private final Clock clock;

	ChronologyPagesController(People people, Chronology chronology, PdfRenderer pdf, Clock clock) {
		this.people = people;
		this.chronology = chronology;
		this.pdf = pdf;
		this.clock = clock;
	}

	@GetMapping("/people/{id}/chronology")
	String show(PersonAccess access, @RequestParam(required = false) UUID agency,
			@RequestParam(required = false) ChronologyEntry.Type type, Model model) {
		model.addAllAttributes(chronologyModel(access, agency, type));
		model.addAttribute("mayWrite", access.mayWrite());
		// Only the agency that recorded an entry may correct it, so only its entries offer the link.
		model.addAttribute("agencyId", access.agencyId());
		return "people/chronology";
	}

	@GetMapping("/people/{id}/chronology.pdf")
	ResponseEntity<byte[]> download(@PersonId(purpose = Purpose.EXPORT) PersonAccess access,
			@RequestParam(required = false) UUID agency, @RequestParam(required = false) ChronologyEntry.Type type) {
		Map<String, Object> model = chronologyModel(access, agency, type);
		model.put("generatedBy", access.user().displayName() + ", " + access.user().agencyName());
		model.put("generatedAt", ZonedDateTime.now(clock.withZone(java.time.ZoneId.of("Europe/London"))));
		byte[] body = pdf.render("people/chronology-pdf", model);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("chronology.pdf").build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(body);
	}

	@GetMapping("/people/{id}/chronology/new")
	String newEntry(@PersonId(write = true) PersonAccess access, Model model) {
		ChronologyForm form = new ChronologyForm();
		InformationCategory usual = chronology.defaultCategory(access, null);
		if (usual != InformationCategory.CORE_PROFILE) {
			form.setCategory(usual);
		}
		model.addAttribute("form", form);
		return form(access, model);
	}

	@PostMapping("/people/{id}/chronology/new")
	String add(PersonAccess access, @Valid @ModelAttribute("form") ChronologyForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		LocalDate date = form.date(result);
		if (result.hasErrors()) {
			return form(access, model);
		}
		try {
			chronology.add(access,
					new Chronology.NewEntry(date, form.getType(), form.getSummary(), form.getKind(), form.getCategory(),
							form.getProvenance()));
		}
		catch (InvalidInputException ex) {
			ex.errors().forEach(p -> result.rejectValue("occurredOn".equals(p.field()) ? "day" : p.field(), "invalid",
					"occurredOn".equals(p.field()) ? "The date " + p.message() : "You may not record information of this category"));
			return form(access, model);
		}
		redirect.addFlashAttribute("success", "Entry added to the chronology");
		return "redirect:/people/" + access.personId() + "/chronology";
	}

	private Map<String, Object> chronologyModel(PersonAccess access, UUID agency, ChronologyEntry.Type type) {
		Person person = people.find(access.personId()).orElseThrow();
		List<ChronologyEntry> all = chronology.visibleTo(access, Chronology.Filter.ALL);
		Map<UUID, String> agencies = new LinkedHashMap<>();
		all.stream().sorted(java.util.Comparator.comparing(ChronologyEntry::sourceAgencyName))
			.forEach(e -> agencies.putIfAbsent(e.sourceAgencyId(), e.sourceAgencyName()));
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("person", person);
		model.put("entries", chronology.visibleTo(access, new Chronology.Filter(agency, type)));
		model.put("agencies", agencies);
		model.put("types", ChronologyEntry.Type.values());
		model.put("agency", agency);
		model.put("type", type);
		model.put("withheld", access.decision().withheldCategories());
		return model;
	}

	private String form(PersonAccess access, Model model) {
		model.addAttribute("person", people.find(access.personId()).orElseThrow());
		model.addAttribute("types", ChronologyEntry.Type.values());
		model.addAttribute("kinds", ChronologyEntry.Kind.values());
		model.addAttribute("categories",
				java.util.Arrays.stream(InformationCategory.values()).filter(access::canSee).toList());
		return "people/chronology-entry";
	}

}
