package org.accord.sharing.internal;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.accord.identity.Agencies;
import org.accord.platform.security.AccordPrincipal;
import org.accord.platform.web.ConflictException;
import org.accord.sharing.InformationCategory;
import org.accord.sharing.SharingAgreement;
import org.accord.sharing.SharingAgreements;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The partnership's information-sharing agreements: everyone may read them; governance adds and ends them. */
@Controller
class AgreementPagesController {

	private final SharingAgreements agreements;

	private final Agencies agencies;

	private final Clock clock;

	AgreementPagesController(SharingAgreements agreements, Agencies agencies, Clock clock) {
		this.agreements = agreements;
		this.agencies = agencies;
		this.clock = clock;
	}

	@GetMapping("/sharing/agreements")
	String list(@AuthenticationPrincipal AccordPrincipal me, Model model) {
		model.addAttribute("agreements", agreements.all());
		model.addAttribute("mayManage", manager(me));
		model.addAttribute("today", LocalDate.now(clock));
		return "sharing/agreements";
	}

	@GetMapping("/sharing/agreements/new")
	String form(@AuthenticationPrincipal AccordPrincipal me, Model model) {
		require(me);
		return page(model, List.of(), null, null, null, Set.of(), Set.of(), null, null, null, null);
	}

	@PostMapping("/sharing/agreements/new")
	String create(@RequestParam(required = false) String title, @RequestParam(required = false) String purposes,
			@RequestParam(required = false) String lawfulBasis,
			@RequestParam(required = false) Set<InformationCategory> categories,
			@RequestParam(required = false) Set<UUID> agencyIds, @RequestParam(required = false) String reviewDay,
			@RequestParam(required = false) String reviewMonth, @RequestParam(required = false) String reviewYear,
			@RequestParam(required = false) String signatory, @AuthenticationPrincipal AccordPrincipal me, Model model,
			RedirectAttributes redirect) {
		require(me);
		List<String[]> errors = new ArrayList<>();
		Set<InformationCategory> chosen = categories == null ? Set.of() : categories;
		Set<UUID> parties = agencyIds == null ? Set.of() : agencyIds;
		check(errors, title, "title", "Enter the agreement's title", 200);
		check(errors, purposes, "purposes", "Enter what the agreement shares information for", 1000);
		check(errors, lawfulBasis, "lawfulBasis", "Enter the lawful basis", 1000);
		check(errors, signatory, "signatory", "Enter who signed for the agencies", 200);
		if (chosen.isEmpty()) {
			errors.add(new String[] { "categories", "Select what information the agreement covers" });
		}
		else if (chosen.contains(InformationCategory.CONFIDENTIAL_LOCATION)) {
			errors.add(new String[] { "categories",
					"A confidential location is never shared outside the agency that holds it" });
		}
		if (parties.size() < 2 || parties.stream().anyMatch(a -> agencies.find(a).isEmpty())) {
			errors.add(new String[] { "agencyIds", "Select at least two agencies of the partnership" });
		}
		LocalDate review = null;
		try {
			review = LocalDate.of(Integer.parseInt(reviewYear.trim()), Integer.parseInt(reviewMonth.trim()),
					Integer.parseInt(reviewDay.trim()));
			if (!review.isAfter(LocalDate.now(clock))) {
				errors.add(new String[] { "reviewDay", "The review date must be in the future" });
			}
		}
		catch (NumberFormatException | NullPointerException | DateTimeException ex) {
			errors.add(new String[] { "reviewDay", "Enter a real review date, like 1 3 2027" });
		}
		if (!errors.isEmpty()) {
			return page(model, errors, title, purposes, lawfulBasis, chosen, parties, reviewDay, reviewMonth, reviewYear,
					signatory);
		}
		LocalDate today = LocalDate.now(clock);
		agreements.record(me,
				new SharingAgreement.Draft(title.trim(), purposes.trim(), lawfulBasis.trim(), EnumSet.copyOf(chosen), review,
						parties.stream().map(a -> new SharingAgreement.Party(a, null, signatory.trim(), today)).toList()));
		redirect.addFlashAttribute("success", "Agreement added. Sharing under it can start at once.");
		return "redirect:/sharing/agreements";
	}

	@PostMapping("/sharing/agreements/{id}/end")
	String end(@PathVariable UUID id, @RequestParam(required = false) Integer version,
			@AuthenticationPrincipal AccordPrincipal me, RedirectAttributes redirect) {
		require(me);
		try {
			agreements.end(me, id, version);
			redirect.addFlashAttribute("success", "Agreement ended. Nothing more is shared under it.");
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("success", ex.getMessage());
		}
		return "redirect:/sharing/agreements";
	}

	private String page(Model model, List<String[]> errors, String title, String purposes, String lawfulBasis,
			Set<InformationCategory> categories, Set<UUID> agencyIds, String reviewDay, String reviewMonth, String reviewYear,
			String signatory) {
		model.addAttribute("errors", errors);
		model.addAttribute("errorFields", errors.stream().map(e -> e[0]).toList());
		model.addAttribute("agreementTitle", title);
		model.addAttribute("purposes", purposes);
		model.addAttribute("lawfulBasis", lawfulBasis);
		model.addAttribute("categories", categories);
		model.addAttribute("agencyIds", agencyIds);
		model.addAttribute("reviewDay", reviewDay);
		model.addAttribute("reviewMonth", reviewMonth);
		model.addAttribute("reviewYear", reviewYear);
		model.addAttribute("signatory", signatory);
		model.addAttribute("categoryOptions",
				Arrays.stream(InformationCategory.values()).filter(c -> c != InformationCategory.CONFIDENTIAL_LOCATION).toList());
		model.addAttribute("agencyOptions", agencies.findAll().stream().filter(a -> a.enabled()).toList());
		return "sharing/agreement-new";
	}

	private static void check(List<String[]> errors, String value, String field, String message, int max) {
		if (value == null || value.isBlank()) {
			errors.add(new String[] { field, message });
		}
		else if (value.trim().length() > max) {
			errors.add(new String[] { field, "This must be " + max + " characters or fewer" });
		}
	}

	private static boolean manager(AccordPrincipal me) {
		return SharingAgreements.mayManage(me);
	}

	private static void require(AccordPrincipal me) {
		if (!manager(me)) {
			throw new AccessDeniedException("Only information governance or an administrator manages agreements");
		}
	}

}
