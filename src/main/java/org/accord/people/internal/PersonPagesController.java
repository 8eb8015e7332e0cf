package org.accord.people.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.accord.audit.AuditEvent;
import org.accord.audit.AuditLog;
import org.accord.directory.Contacts;
import org.accord.directory.DirectoryContact;
import org.accord.people.Appointments;
import org.accord.people.People;
import org.accord.people.Person;
import org.accord.people.ProfileField;
import org.accord.people.ProfileValue;
import org.accord.platform.security.AccordPrincipal;
import org.accord.platform.web.NotFoundException;
import org.accord.sharing.AccessDecision;
import org.accord.sharing.AccessPolicy;
import org.accord.sharing.InformationCategory;
import org.accord.sharing.Purpose;

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

/** Find a person before recording them, join them, record them, and see their record as the policy allows. */
@Controller
class PersonPagesController {

	private final People people;

	private final AccessPolicy policy;

	private final Contacts contacts;

	private final AuditLog audit;

	private final Clock clock;

	private final Appointments appointments;

	PersonPagesController(People people, AccessPolicy policy, Contacts contacts, AuditLog audit, Clock clock, Appointments appointments) {
		this.appointments = appointments;
		this.people = people;
		this.policy = policy;
		this.contacts = contacts;
		this.audit = audit;
		this.clock = clock;
	}

	private static final int PAGE_SIZE = 25;

	/** The agency's own people first, then finding anyone before recording them. */
	@GetMapping("/people")
	String find(@ModelAttribute("form") PersonForm form, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal AccordPrincipal me, Model model) {
		model.addAttribute("searched", false);
		caseload(me, q, Math.max(page, 0), model);
		return "people/find";
	}

	private void caseload(AccordPrincipal me, String q, int page, Model model) {
		String text = q == null || q.isBlank() ? null : q.trim().length() > 100 ? q.trim().substring(0, 100) : q.trim();
		People.Caseload caseload = people.caseload(me.agencyId(), text, page, PAGE_SIZE);
		var items = caseload.items().stream().filter(p -> policy.mayKnow(me, p.id())).toList();
		audit.record(AuditEvent.of("LIST", "PERSON_INDEX", null).detail(items.size() + " people of " + me.agencyName() + " listed"));
		model.addAttribute("caseload", items);
		model.addAttribute("caseloadTotal", caseload.total());
		model.addAttribute("q", text);
		model.addAttribute("page", page);
		model.addAttribute("pages", (caseload.total() + PAGE_SIZE - 1) / PAGE_SIZE);
	}

	@PostMapping("/people/find")
	String search(@Valid @ModelAttribute("form") PersonForm form, BindingResult result, Model model) {
		LocalDate dob = form.dateOfBirth(result, LocalDate.now(clock));
		model.addAttribute("searched", !result.hasErrors());
		if (result.hasErrors()) {
			return "people/find";
		}
		var matches = people.matches(form.getGivenName(), form.getFamilyName(), dob, form.getPostcode());
		audit.record(AuditEvent.of("SEARCH", "PERSON_INDEX", null).detail(matches.size() + " possible matches shown"));
		model.addAttribute("matches", matches);
		return "people/find";
	}

	@PostMapping("/people/{id}/join")
	@Transactional
	String join(@PathVariable UUID id, @AuthenticationPrincipal AccordPrincipal me, RedirectAttributes redirect) {
		people.find(id).orElseThrow(() -> new NotFoundException("Person"));
		boolean added = people.involve(id, me.agencyId(), "Practitioner at " + me.agencyName(), me.userId());
		audit.record(AuditEvent.of("INVOLVE", "PERSON", id).person(id).detail(added ? "agency joined" : "already involved"));
		redirect.addFlashAttribute("success", added ? me.agencyName() + " is now recorded as involved" : "Your agency was already involved");
		return "redirect:/people/" + id;
	}

	@PostMapping("/people/new")
	@Transactional
	String create(@Valid @ModelAttribute("form") PersonForm form, BindingResult result, @AuthenticationPrincipal AccordPrincipal me,
			Model model, RedirectAttributes redirect) {
		LocalDate dob = form.dateOfBirth(result, LocalDate.now(clock));
		if (result.hasErrors()) {
			model.addAttribute("searched", false);
			return "people/find";
		}
		UUID id = people.create(new People.Draft(form.getGivenName(), form.getFamilyName(), dob, form.getGender(), form.getPostcode()),
				me.agencyId(), form.getRole() != null ? form.getRole() : "Practitioner at " + me.agencyName(), me.userId());
		audit.record(AuditEvent.of("CREATE", "PERSON", id).person(id));
		redirect.addFlashAttribute("success", "Record created");
		return "redirect:/people/" + id;
	}

	@GetMapping("/people/{id}")
	String show(@PathVariable UUID id, @AuthenticationPrincipal AccordPrincipal me, Model model, RedirectAttributes redirect) {
		var kept = people.find(id).isEmpty() ? people.mergedInto(id) : java.util.Optional.<UUID>empty();
		if (kept.isPresent() && policy.mayKnow(me, kept.get())) {
			redirect.addFlashAttribute("success", "The record you opened was merged into this one");
			return "redirect:/people/" + kept.get();
		}
		Person person = people.find(id).orElseThrow(() -> new NotFoundException("Person"));
		AccessDecision decision = policy.decide(me, id, Purpose.VIEW);
		if (!decision.anyVisible()) {
			throw new NotFoundException("Person");
		}
		model.addAttribute("person", person);
		model.addAttribute("decision", decision);
		model.addAttribute("core", decision.canSee(InformationCategory.CORE_PROFILE));
		model.addAttribute("contact", decision.canSee(InformationCategory.CONTACT));
		model.addAttribute("location", decision.canSee(InformationCategory.CONFIDENTIAL_LOCATION)
				? people.confidentialLocationHeldBy(id, me.agencyId()).orElse(null) : null);
		var involvements = decision.canSee(InformationCategory.CORE_PROFILE) ? people.involvements(id) : List.<org.accord.people.Involvement>of();
		model.addAttribute("involvements", involvements);
		model.addAttribute("lead", decision.canSee(InformationCategory.CORE_PROFILE) ? people.leadProfessional(id).orElse(null) : null);
		java.util.Map<UUID, DirectoryContact> reach = new java.util.HashMap<>();
		for (var involvement : involvements) {
			contacts.ofAgency(involvement.agencyId())
				.stream()
				.filter(c -> c.shownName() != null && (c.phone() != null || c.secureEmail() != null))
				.min(java.util.Comparator.comparingInt(c -> c.role().ordinal()))
				.ifPresent(c -> reach.put(involvement.agencyId(), c));
		}
		model.addAttribute("reach", reach);
		var profile = people.profile(id);
		model.addAttribute("thisWeek", decision.canSee(InformationCategory.CORE_PROFILE)
				? Calendars.week(appointments, id, appointments.mondayOf(java.time.LocalDate.now(clock.withZone(appointments.zone()))), decision)
				: null);
		model.addAttribute("about", Arrays.stream(ProfileField.values())
			.filter(f -> !f.safeContact() && profile.containsKey(f) && profile.get(f).visibleUnder(decision))
			.map(profile::get)
			.toList());
		// The yes-or-no questions are always listed, so "not known" shows rather than silently nothing; a value
		// another agency holds but does not share says so, and whom to ask.
		model.addAttribute("safeContact", !decision.canSee(InformationCategory.CONTACT) ? List.of() : Arrays.stream(ProfileField.values())
			.filter(f -> f.safeContact() && (profile.containsKey(f) || f.kind() == ProfileField.Kind.YES_NO))
			.map(f -> {
				ProfileValue v = profile.get(f);
				if (v == null) {
					return new ProfileValue(f, null, null, null, null);
				}
				return v.visibleUnder(decision) ? v : new ProfileValue(f, "Held by " + v.sourceAgencyName() + ", not shared with you", null, null, null);
			})
			.toList());
		return "people/person";
	}

}
