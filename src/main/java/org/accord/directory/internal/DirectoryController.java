package org.accord.directory.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.accord.directory.Agreements;
import org.accord.directory.Contacts;
import org.accord.directory.DirectoryContact;
import org.accord.directory.DirectorySettings;
import org.accord.directory.GenderServed;
import org.accord.directory.NeedCategory;
import org.accord.directory.Service;
import org.accord.directory.ServiceQuery;
import org.accord.directory.Services;
import org.accord.identity.Agencies;
import org.accord.identity.Agency;
import org.accord.platform.security.AccordPrincipal;
import org.accord.platform.security.Role;
import org.accord.platform.web.NotFoundException;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The directory as practitioners use it: search, a service's page, an agency's page, champions. */
@Controller
class DirectoryController {

	static final int PAGE_SIZE = 20;

	private final Services services;

	private final Contacts contacts;

	private final Agencies agencies;

	private final DirectorySettings settings;

	private final Clock clock;

	private final Agreements agreements;

	DirectoryController(Services services, Contacts contacts, Agencies agencies, DirectorySettings settings, Clock clock,
			Agreements agreements) {
		this.agreements = agreements;
		this.services = services;
		this.contacts = contacts;
		this.agencies = agencies;
		this.settings = settings;
		this.clock = clock;
	}

	@GetMapping("/directory")
	String search(@RequestParam(required = false) String q, @RequestParam(required = false) String need,
			@RequestParam(required = false) String area, @RequestParam(required = false) String age,
			@RequestParam(required = false) String gender, @RequestParam(defaultValue = "false") boolean children,
			@RequestParam(defaultValue = "false") boolean openNow, @RequestParam(defaultValue = "0") int page,
			@AuthenticationPrincipal AccordPrincipal me, Model model) {
		SearchForm form = new SearchForm(q, need, area, age, gender, children, openNow);
		model.addAttribute("form", form);
		model.addAttribute("needs", NeedCategory.values());
		model.addAttribute("areas", services.areas());
		List<String> errors = form.errors(services.areas());
		model.addAttribute("errors", errors);
		if (!errors.isEmpty() || !form.searched()) {
			model.addAttribute("results", null);
			return "directory/search";
		}
		var result = services.search(new ServiceQuery(form.q(), form.needSet(), form.areaId(services.areas()),
				form.ageValue(), form.genderValue(), children, openNow, Math.max(0, page), PAGE_SIZE));
		model.addAttribute("results", result.items().stream().map(s -> s.forViewer(me.agencyId())).toList());
		model.addAttribute("total", result.total());
		model.addAttribute("page", Math.max(0, page));
		model.addAttribute("hasNext", (long) (Math.max(0, page) + 1) * PAGE_SIZE < result.total());
		return "directory/search";
	}

	@GetMapping("/directory/services/{id}")
	String service(@PathVariable UUID id, @AuthenticationPrincipal AccordPrincipal me, Model model) {
		Service service = services.find(id).orElseThrow(() -> new NotFoundException("Service")).forViewer(me.agencyId());
		model.addAttribute("service", service);
		model.addAttribute("contacts", contacts.ofService(id));
		model.addAttribute("canEdit", Services.mayChange(me, service));
		model.addAttribute("canStateCapacity", Services.mayStateCapacity(me, service));
		model.addAttribute("stale", service.lastVerifiedOn().plus(settings.staleAfter()).isBefore(LocalDate.now(clock)));
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("staleAfter", settings.staleAfter());
		return "directory/service";
	}

	@PostMapping("/directory/services/{id}/verify")
	String verifyService(@PathVariable UUID id, @AuthenticationPrincipal AccordPrincipal me, RedirectAttributes redirect) {
		services.verify(me, id);
		redirect.addFlashAttribute("success", "Marked as checked today");
		return "redirect:/directory/services/" + id;
	}

	@GetMapping("/directory/agencies/{id}")
	String agency(@PathVariable UUID id, @AuthenticationPrincipal AccordPrincipal me, Model model) {
		Agency agency = agencies.find(id).orElseThrow(() -> new NotFoundException("Agency"));
		model.addAttribute("agency", agency);
		model.addAttribute("services", services.findByAgency(id).stream().map(s -> s.forViewer(me.agencyId())).toList());
		List<DirectoryContact> all = contacts.ofAgency(id);
		model.addAttribute("contacts",
				all.stream().filter(c -> c.role() != org.accord.directory.ContactRole.CHAMPION).toList());
		model.addAttribute("champions",
				all.stream().filter(c -> c.role() == org.accord.directory.ContactRole.CHAMPION).toList());
		model.addAttribute("canEdit", Contacts.mayAddFor(me, id));
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("staleAfter", settings.staleAfter());
		return "directory/agency";
	}

	@GetMapping("/directory/champions")
	String champions(@RequestParam(required = false) NeedCategory topic, Model model) {
		model.addAttribute("topic", topic);
		model.addAttribute("topics", NeedCategory.values());
		model.addAttribute("champions", contacts.champions(topic));
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("staleAfter", settings.staleAfter());
		return "directory/champions";
	}

	/** What the signed-in owner (or manager, for their agency) should check or hand over. */
	@GetMapping("/directory/verify")
	String toVerify(@AuthenticationPrincipal AccordPrincipal me, Model model) {
		LocalDate staleBefore = LocalDate.now(clock).minus(settings.staleAfter());
		UUID agency = me.hasRole(Role.AGENCY_MANAGER) || me.hasRole(Role.ADMINISTRATOR) ? me.agencyId() : null;
		model.addAttribute("contacts", contacts.needingAttention(me.userId(), agency, staleBefore));
		model.addAttribute("services", services.notVerifiedSince(me.userId(), agency, staleBefore));
		model.addAttribute("agreements",
				agreements.reviewDueBy(LocalDate.now(clock).plusDays(AgreementController.REVIEW_NOTICE_DAYS))
			.stream()
			.filter(a -> me.userId().equals(a.ownerUserId()) || Agreements.mayKeep(me))
			.toList());
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("staleAfter", settings.staleAfter());
		return "directory/verify";
	}

	record SearchForm(String q, String need, String area, String age, String gender, boolean children, boolean openNow) {

		boolean searched() {
			return notBlank(q) || notBlank(need) || notBlank(area) || notBlank(age) || notBlank(gender) || children || openNow;
		}

		List<String> errors(List<org.accord.directory.Area> areas) {
			List<String> errors = new java.util.ArrayList<>();
			if (notBlank(age) && (!age.trim().matches("\\d{1,3}") || Integer.parseInt(age.trim()) > 120)) {
				errors.add("age");
			}
			return errors;
		}

		Set<NeedCategory> needSet() {
			if (!notBlank(need)) {
				return Set.of();
			}
			try {
				return Set.of(NeedCategory.valueOf(need));
			}
			catch (IllegalArgumentException ex) {
				return Set.of();
			}
		}

		UUID areaId(List<org.accord.directory.Area> areas) {
			return areas.stream().filter(a -> a.id().toString().equals(area)).map(org.accord.directory.Area::id)
				.findFirst().orElse(null);
		}

		Integer ageValue() {
			return notBlank(age) ? Integer.valueOf(age.trim()) : null;
		}

		GenderServed genderValue() {
			return "WOMEN".equals(gender) ? GenderServed.WOMEN : "MEN".equals(gender) ? GenderServed.MEN : null;
		}

		private static boolean notBlank(String s) {
			return s != null && !s.isBlank();
		}

	}

}
