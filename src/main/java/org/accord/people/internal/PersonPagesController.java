package org.accord.people.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.accord.directory.Contacts;
import org.accord.directory.DirectoryContact;
import org.accord.people.Appointments;
import org.accord.people.ConfidentialLocations;
import org.accord.people.Involvement;
import org.accord.people.Involvements;
import org.accord.people.People;
import org.accord.people.Person;
import org.accord.people.PersonIdentifiers;
import org.accord.people.PersonSearch;
import org.accord.people.ProfileField;
import org.accord.people.ProfileValue;
import org.accord.people.Profiles;
import org.accord.people.Relationships;
import org.accord.platform.security.AccordPrincipal;
import org.accord.sharing.InformationCategory;
import org.accord.sharing.PersonAccess;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Find a person before recording them, record them, and see their record as the policy allows. */
@Controller
class PersonPagesController {

	private static final int PAGE_SIZE = 25;

	private final People people;

	private final Profiles profiles;

	private final ConfidentialLocations locations;

	private final PersonSearch search;

	private final PersonIdentifiers identifiers;

	private final Relationships relationships;

	private final Involvements involvements;

	private final Contacts contacts;

	private final Clock clock;

	private final Appointments appointments;

	private final RecordFlags flags;

	PersonPagesController(People people, Profiles profiles, ConfidentialLocations locations, PersonSearch search,
			PersonIdentifiers identifiers, Relationships relationships, Involvements involvements, Contacts contacts,
			Clock clock, Appointments appointments, RecordFlags flags) {
		this.flags = flags;
		this.identifiers = identifiers;
		this.relationships = relationships;
		this.people = people;
		this.profiles = profiles;
		this.locations = locations;
		this.search = search;
		this.involvements = involvements;
		this.contacts = contacts;
		this.clock = clock;
		this.appointments = appointments;
	}

	/** The agency's own people first, then finding anyone before recording them: case work only. */
	@GetMapping("/people")
	String find(@ModelAttribute("form") PersonForm form, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal AccordPrincipal me, Model model) {
		search.requireCaseworker(me);
		model.addAttribute("searched", false);
		caseload(me, q, Math.max(page, 0), model);
		return "people/find";
	}

	private void caseload(AccordPrincipal me, String q, int page, Model model) {
		String text = q == null || q.isBlank() ? null : q.trim().length() > 100 ? q.trim().substring(0, 100) : q.trim();
		People.Caseload caseload = search.caseload(me, text, page, PAGE_SIZE);
		model.addAttribute("caseload", caseload.items());
		model.addAttribute("caseloadTotal", caseload.total());
		model.addAttribute("q", text);
		model.addAttribute("page", page);
		model.addAttribute("pages", (caseload.total() + PAGE_SIZE - 1) / PAGE_SIZE);
	}

	@PostMapping("/people/find")
	String search(@Valid @ModelAttribute("form") PersonForm form, BindingResult result,
			@AuthenticationPrincipal AccordPrincipal me, Model model) {
		search.requireCaseworker(me);
		LocalDate dob = form.dateOfBirth(result, LocalDate.now(clock));
		model.addAttribute("searched", !result.hasErrors());
		if (result.hasErrors()) {
			return "people/find";
		}
		model.addAttribute("matches", search.matches(me, form.getGivenName(), form.getFamilyName(), dob, form.getPostcode()));
		return "people/find";
	}

	@PostMapping("/people/new")
	String create(@Valid @ModelAttribute("form") PersonForm form, BindingResult result,
			@AuthenticationPrincipal AccordPrincipal me, Model model, RedirectAttributes redirect) {
		search.requireCaseworker(me);
		LocalDate dob = form.dateOfBirth(result, LocalDate.now(clock));
		if (result.hasErrors()) {
			model.addAttribute("searched", false);
			return "people/find";
		}
		UUID id = search.create(me, new People.Draft(form.getGivenName(), form.getFamilyName(), dob, form.getGender(),
				form.getPostcode()), form.getRole() != null ? form.getRole() : "Practitioner at " + me.agencyName(),
				java.util.Map.of());
		redirect.addFlashAttribute("success", "Record created");
		return "redirect:/people/" + id;
	}

	@GetMapping("/people/{id}")
	String show(PersonAccess access, Model model) {
		UUID id = access.personId();
		Person person = people.find(id).orElseThrow();
		var decision = access.decision();
		model.addAttribute("person", person);
		model.addAttribute("decision", decision);
		model.addAttribute("mayWrite", access.mayWrite());
		model.addAttribute("contact", decision.canSee(InformationCategory.CONTACT));
		model.addAttribute("location", locations.heldBy(id, access.agencyId()).orElse(null));
		model.addAttribute("flags", flags.of(access));
		List<Involvement> visible = involvements.visibleTo(access);
		model.addAttribute("involvements", visible);
		model.addAttribute("lead", involvements.leadVisibleTo(access).orElse(null));
		model.addAttribute("identifiers", identifiers.visibleTo(access));
		model.addAttribute("related", relationships.visibleTo(access));
		java.util.Map<UUID, DirectoryContact> reach = new java.util.HashMap<>();
		for (var involvement : visible) {
			contacts.ofAgency(involvement.agencyId())
				.stream()
				.filter(c -> c.shownName() != null && (c.phone() != null || c.secureEmail() != null))
				.min(java.util.Comparator.comparingInt(c -> c.role().ordinal()))
				.ifPresent(c -> reach.put(involvement.agencyId(), c));
		}
		model.addAttribute("reach", reach);
		var profile = profiles.profile(id);
		model.addAttribute("thisWeek",
				Calendars.week(appointments, id, appointments.mondayOf(LocalDate.now(clock.withZone(appointments.zone()))),
						decision));
		model.addAttribute("about", Arrays.stream(ProfileField.values())
			.filter(f -> !f.safeContact() && profile.containsKey(f) && profile.get(f).visibleUnder(decision))
			.map(profile::get)
			.toList());
		// The yes-or-no questions are always listed, so "not known" shows rather than silently nothing; a value
		// another agency holds but does not share says so, and whom to ask.
		model.addAttribute("safeContact",
				!decision.canSee(InformationCategory.CONTACT) ? List.of() : Arrays.stream(ProfileField.values())
			.filter(f -> f.safeContact() && (profile.containsKey(f) || f.kind() == ProfileField.Kind.YES_NO))
			.map(f -> {
				ProfileValue v = profile.get(f);
				if (v == null) {
					return new ProfileValue(f, null, null, null, null);
				}
				return v.visibleUnder(decision) ? v
						: new ProfileValue(f, "Held by " + v.sourceAgencyName() + ", not shared with you", null, null, null);
			})
			.toList());
		return "people/person";
	}

}
