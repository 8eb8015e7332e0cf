package org.accord.referral.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.accord.directory.Capacity;
import org.accord.directory.Service;
import org.accord.directory.Services;
import org.accord.people.People;
import org.accord.people.PersonSearch;
import org.accord.platform.security.AccordPrincipal;
import org.accord.platform.web.InvalidFieldException;
import org.accord.referral.PillarToPost;
import org.accord.referral.Referral;
import org.accord.referral.Referrals;
import org.accord.sharing.InformationCategory;
import org.accord.sharing.PersonAccess;
import org.accord.sharing.SharingAgreements;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The referral pages: the agency's inbox and sent referrals, the person's referrals, and the referral form. */
@Controller
class ReferralPagesController {

	/** One option of a set of radios. */
	record Choice(String value, String label) {
	}

	static final List<Choice> YES_NO = List.of(new Choice("YES", "Yes"), new Choice("NO", "No"));

	static final List<Choice> ATTENDS = List.of(new Choice("YES", "Yes, they can attend on their own"),
			new Choice("NO", "No, they need someone with them"));

	private final Referrals referrals;

	private final Services services;

	private final SharingAgreements agreements;

	private final People people;

	private final Clock clock;

	private final PersonSearch search;

	private final PillarToPost pillarToPost;

	ReferralPagesController(Referrals referrals, Services services, SharingAgreements agreements, People people,
			PersonSearch search, Clock clock, PillarToPost pillarToPost) {
		this.search = search;
		this.pillarToPost = pillarToPost;
		this.referrals = referrals;
		this.services = services;
		this.agreements = agreements;
		this.people = people;
		this.clock = clock;
	}

	@GetMapping("/referrals")
	String inbox(@AuthenticationPrincipal AccordPrincipal me, Model model) {
		model.addAttribute("received", referrals.inbox(me));
		model.addAttribute("sent", referrals.sent(me));
		model.addAttribute("passedOn", pillarToPost.flaggedFor(me));
		model.addAttribute("today", LocalDate.now(clock));
		return "referral/inbox";
	}

	/** From a directory service: whom to refer, chosen from the agency's own caseload. */
	@GetMapping("/referrals/new")
	String choosePerson(@AuthenticationPrincipal AccordPrincipal me, @RequestParam UUID service,
			@RequestParam(required = false) String q, Model model) {
		Service chosen = services.find(service).filter(Service::active)
			.orElseThrow(() -> new org.accord.platform.web.NotFoundException("Service"));
		model.addAttribute("service", chosen);
		model.addAttribute("q", q);
		model.addAttribute("caseload", search.caseload(me, q, 0, 50));
		return "referral/choose-person";
	}

	@GetMapping("/people/{id}/referrals")
	String forPerson(PersonAccess access, Model model) {
		model.addAttribute("person", people.find(access.personId()).orElseThrow());
		model.addAttribute("referrals", referrals.forPerson(access));
		model.addAttribute("mayWrite", access.mayWrite());
		model.addAttribute("today", LocalDate.now(clock));
		return "referral/person-referrals";
	}

	@GetMapping("/people/{id}/referrals/new")
	String newReferral(PersonAccess access, @RequestParam(required = false) UUID service, Model model) {
		access.requireWrite();
		ReferralForm form = new ReferralForm();
		form.setToServiceId(service);
		return form(access, form, model);
	}

	@PostMapping("/people/{id}/referrals/new")
	String send(PersonAccess access, @Valid @ModelAttribute("form") ReferralForm form, BindingResult result, Model model,
			RedirectAttributes flash) {
		if (result.hasErrors()) {
			return form(access, form, model);
		}
		try {
			UUID id = referrals.send(access, form.draft());
			Referral sent = referrals.open(access.user(), id);
			flash.addFlashAttribute("success", "Referral sent to " + sent.toServiceName() + ". " + sent.toAgencyName()
					+ " has until " + Dates.day(sent.respondBy()) + " to respond, and you will be told what happens.");
			return "redirect:/referrals/" + id;
		}
		catch (InvalidFieldException ex) {
			result.rejectValue(ex.field(), "invalid", ex.getMessage());
			return form(access, form, model);
		}
	}

	private String form(PersonAccess access, ReferralForm form, Model model) {
		List<Service> open = services.all(0, 1000).items().stream()
			.filter(s -> s.active() && !s.agencyId().equals(access.agencyId()))
			.toList();
		model.addAttribute("person", people.find(access.personId()).orElseThrow());
		model.addAttribute("services", open);
		model.addAttribute("categories", EnumSet.complementOf(EnumSet.of(InformationCategory.CONFIDENTIAL_LOCATION)));
		Service chosen = form.getToServiceId() == null ? null
				: open.stream().filter(s -> s.id().equals(form.getToServiceId())).findFirst().orElse(null);
		model.addAttribute("chosen", chosen);
		model.addAttribute("today", LocalDate.now(clock));
		if (chosen != null && chosen.capacity() == Capacity.NOT_ACCEPTING) {
			// Somewhere that has room for the same need, rather than a referral that waits for nothing.
			model.addAttribute("alternatives", open.stream()
				.filter(s -> s.capacity() == Capacity.ACCEPTING && !s.id().equals(chosen.id())
						&& s.needs().stream().anyMatch(chosen.needs()::contains))
				.toList());
		}
		if (chosen != null) {
			var cannot = EnumSet.complementOf(EnumSet.of(InformationCategory.CONFIDENTIAL_LOCATION));
			cannot.removeAll(agreements.coveredBetween(access.agencyId(), chosen.agencyId()));
			model.addAttribute("cannotShare", cannot);
		}
		model.addAttribute("attends", ATTENDS);
		model.addAttribute("form", form);
		return "referral/new";
	}

}
