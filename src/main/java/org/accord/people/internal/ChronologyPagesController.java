package org.accord.people.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;

import org.accord.audit.AuditEvent;
import org.accord.audit.AuditLog;
import org.accord.people.Chronology;
import org.accord.people.ChronologyEntry;
import org.accord.people.People;
import org.accord.people.Person;
import org.accord.platform.pdf.PdfRenderer;
import org.accord.platform.security.AccordPrincipal;
import org.accord.platform.web.NotFoundException;
import org.accord.sharing.AccessDecision;
import org.accord.sharing.AccessPolicy;
import org.accord.sharing.InformationCategory;
import org.accord.sharing.Purpose;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The chronology page with its filters, adding an entry, and the PDF for a meeting. */
@Controller
class ChronologyPagesController {

	private final People people;

	private final Chronology chronology;

	private final AccessPolicy policy;

	private final AuditLog audit;

	private final PdfRenderer pdf;

	private final Clock clock;

	ChronologyPagesController(People people, Chronology chronology, AccessPolicy policy, AuditLog audit, PdfRenderer pdf, Clock clock) {
		this.people = people;
		this.chronology = chronology;
		this.policy = policy;
		this.audit = audit;
		this.pdf = pdf;
		this.clock = clock;
	}

	@GetMapping("/people/{id}/chronology")
	String show(@PathVariable UUID id, @RequestParam(required = false) UUID agency, @RequestParam(required = false) ChronologyEntry.Type type,
			@AuthenticationPrincipal AccordPrincipal me, Model model) {
		Person person = people.find(id).orElseThrow(() -> new NotFoundException("Person"));
		AccessDecision decision = allowed(me, id, Purpose.VIEW);
		model.addAllAttributes(chronologyModel(person, decision, agency, type));
		return "people/chronology";
	}

	@GetMapping("/people/{id}/chronology.pdf")
	ResponseEntity<byte[]> download(@PathVariable UUID id, @RequestParam(required = false) UUID agency,
			@RequestParam(required = false) ChronologyEntry.Type type, @AuthenticationPrincipal AccordPrincipal me) {
		Person person = people.find(id).orElseThrow(() -> new NotFoundException("Person"));
		AccessDecision decision = allowed(me, id, Purpose.EXPORT);
		Map<String, Object> model = chronologyModel(person, decision, agency, type);
		model.put("generatedBy", me.displayName() + ", " + me.agencyName());
		model.put("generatedAt", ZonedDateTime.now(clock.withZone(java.time.ZoneId.of("Europe/London"))));
		byte[] body = pdf.render("people/chronology-pdf", model);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("chronology.pdf").build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(body);
	}

	@GetMapping("/people/{id}/chronology/new")
	String newEntry(@PathVariable UUID id, @AuthenticationPrincipal AccordPrincipal me, Model model) {
		Person person = people.find(id).orElseThrow(() -> new NotFoundException("Person"));
		AccessDecision decision = allowed(me, id, Purpose.VIEW);
		model.addAttribute("form", new ChronologyForm());
		return form(person, decision, model);
	}

	@PostMapping("/people/{id}/chronology/new")
	@Transactional
	String add(@PathVariable UUID id, @Valid @ModelAttribute("form") ChronologyForm form, BindingResult result,
			@AuthenticationPrincipal AccordPrincipal me, Model model, RedirectAttributes redirect) {
		Person person = people.find(id).orElseThrow(() -> new NotFoundException("Person"));
		AccessDecision decision = allowed(me, id, Purpose.CHANGE);
		LocalDate date = form.date(result);
		InformationCategory category = form.getCategory() != null ? form.getCategory()
				: form.getType() != null ? form.getType().usualCategory() : InformationCategory.CORE_PROFILE;
		if (date != null && form.getType() != null) {
			ChronologyView.problem(date, form.getType(), category, decision, LocalDate.now(clock))
				.ifPresent(p -> result.rejectValue("occurredOn".equals(p.field()) ? "day" : p.field(), "invalid",
						"occurredOn".equals(p.field()) ? "The date " + p.message() : "You may not record information of this category"));
		}
		if (result.hasErrors()) {
			return form(person, decision, model);
		}
		UUID entry = chronology.record(new ChronologyEntry.Draft(id, date, form.getType(), form.getSummary(), form.getKind(), category,
				form.getProvenance(), me.agencyId(), me.userId(), me.displayName()));
		audit.record(AuditEvent.of("CREATE", "CHRONOLOGY_ENTRY", entry).person(id).detail(form.getType() + ", " + category));
		redirect.addFlashAttribute("success", "Entry added to the chronology");
		return "redirect:/people/" + id + "/chronology";
	}

	private Map<String, Object> chronologyModel(Person person, AccessDecision decision, UUID agency, ChronologyEntry.Type type) {
		List<ChronologyEntry> all = ChronologyView.visible(chronology.entries(person.id(), Chronology.Filter.ALL), decision);
		Map<UUID, String> agencies = new LinkedHashMap<>();
		all.stream().sorted(java.util.Comparator.comparing(ChronologyEntry::sourceAgencyName))
			.forEach(e -> agencies.putIfAbsent(e.sourceAgencyId(), e.sourceAgencyName()));
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("person", person);
		model.put("entries", ChronologyView.visible(chronology.entries(person.id(), new Chronology.Filter(agency, type)), decision));
		model.put("agencies", agencies);
		model.put("types", ChronologyEntry.Type.values());
		model.put("agency", agency);
		model.put("type", type);
		model.put("withheld", decision.withheldCategories());
		return model;
	}

	private String form(Person person, AccessDecision decision, Model model) {
		model.addAttribute("person", person);
		model.addAttribute("types", ChronologyEntry.Type.values());
		model.addAttribute("kinds", ChronologyEntry.Kind.values());
		model.addAttribute("categories", java.util.Arrays.stream(InformationCategory.values()).filter(decision::canSee).toList());
		return "people/chronology-entry";
	}

	private AccessDecision allowed(AccordPrincipal me, UUID id, Purpose purpose) {
		AccessDecision decision = policy.decide(me, id, purpose);
		if (!decision.canSee(InformationCategory.CORE_PROFILE)) {
			throw new NotFoundException("Person");
		}
		return decision;
	}

}
