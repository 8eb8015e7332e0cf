package org.accord.directory.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;

import org.accord.directory.Agreement;
import org.accord.directory.Agreements;
import org.accord.directory.ReferralMeasures;
import org.accord.identity.Agencies;
import org.accord.platform.security.AccordPrincipal;
import org.accord.platform.web.ConflictException;
import org.accord.platform.web.InvalidInputException;
import org.accord.platform.web.NotFoundException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Partnership agreements and SLAs: everyone in the partnership may read them; administrators and
 * partnership leads keep them.
 */
@Controller
class AgreementController {

	/** How far ahead a review shows as due. */
	static final int REVIEW_NOTICE_DAYS = 30;

	private final Agreements agreements;

	private final Agencies agencies;

	private final Clock clock;

	private final ReferralMeasures measures;

	AgreementController(Agreements agreements, Agencies agencies, Clock clock, ReferralMeasures measures) {
		this.agreements = agreements;
		this.agencies = agencies;
		this.clock = clock;
		this.measures = measures;
	}

	@ModelAttribute
	void common(Model model, @AuthenticationPrincipal AccordPrincipal me) {
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("noticeDays", REVIEW_NOTICE_DAYS);
		model.addAttribute("canEdit", me != null && Agreements.mayKeep(me));
	}

	@GetMapping("/directory/agreements")
	String list(Model model) {
		model.addAttribute("agreements", agreements.all());
		return "directory/agreements";
	}

	/** The agreement, and its measures over a period of the reader's choosing (the last twelve months by default). */
	@GetMapping("/directory/agreements/{id}")
	String show(@PathVariable UUID id, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, Model model) {
		Agreement agreement = agreements.find(id).orElseThrow(() -> new NotFoundException("Agreement"));
		LocalDate today = LocalDate.now(clock);
		LocalDate until = day(to, today);
		LocalDate since = day(from, until.minusMonths(12));
		if (since.isAfter(until)) {
			model.addAttribute("periodError", "The start of the period must be on or before its end");
			since = until.minusMonths(12);
		}
		model.addAttribute("agreement", agreement);
		model.addAttribute("from", since);
		model.addAttribute("to", until);
		model.addAttribute("figures", measures.between(agreement.parties().stream().map(Agreement.Party::agencyId)
			.collect(java.util.stream.Collectors.toSet()), since, until));
		return "directory/agreement";
	}

	/** A day typed in the period form; anything else falls back, so a figure is always shown. */
	private static LocalDate day(String text, LocalDate otherwise) {
		try {
			return text == null || text.isBlank() ? otherwise : LocalDate.parse(text.strip());
		}
		catch (java.time.format.DateTimeParseException ex) {
			return otherwise;
		}
	}

	@GetMapping("/directory/agreements/new")
	String createForm(@AuthenticationPrincipal AccordPrincipal me, Model model) {
		requireEditor(me);
		model.addAttribute("form", new AgreementForm());
		options(model);
		return "directory/agreement-form";
	}

	@PostMapping("/directory/agreements/new")
	String create(@Valid @ModelAttribute("form") AgreementForm form, BindingResult result,
			@AuthenticationPrincipal AccordPrincipal me, Model model, RedirectAttributes redirect) {
		requireEditor(me);
		form.validate(result);
		if (!result.hasErrors()) {
			try {
				UUID id = agreements.record(me, form.toDraft());
				redirect.addFlashAttribute("success", "Agreement saved");
				return "redirect:/directory/agreements/" + id;
			}
			catch (InvalidInputException ex) {
				FormErrors.reject(result, ex);
			}
		}
		options(model);
		return "directory/agreement-form";
	}

	@GetMapping("/directory/agreements/{id}/edit")
	String editForm(@PathVariable UUID id, @AuthenticationPrincipal AccordPrincipal me, Model model) {
		requireEditor(me);
		Agreement agreement = agreements.find(id).orElseThrow(() -> new NotFoundException("Agreement"));
		model.addAttribute("form", AgreementForm.of(agreement));
		model.addAttribute("agreement", agreement);
		options(model);
		return "directory/agreement-form";
	}

	@PostMapping("/directory/agreements/{id}/edit")
	String update(@PathVariable UUID id, @Valid @ModelAttribute("form") AgreementForm form, BindingResult result,
			@AuthenticationPrincipal AccordPrincipal me, Model model, RedirectAttributes redirect) {
		requireEditor(me);
		Agreement agreement = agreements.find(id).orElseThrow(() -> new NotFoundException("Agreement"));
		model.addAttribute("agreement", agreement);
		form.validate(result);
		if (!result.hasErrors()) {
			try {
				agreements.change(me, id, form.getVersion(), form.toDraft());
				redirect.addFlashAttribute("success", "Agreement saved");
				return "redirect:/directory/agreements/" + id;
			}
			catch (InvalidInputException ex) {
				FormErrors.reject(result, ex);
			}
			catch (ConflictException ex) {
				result.reject("conflict", "Someone else changed this agreement while you were editing it. Your changes "
						+ "were not saved: reload the page to see theirs, then make yours again.");
			}
		}
		options(model);
		return "directory/agreement-form";
	}

	private void options(Model model) {
		model.addAttribute("agencyOptions", agencies.findAll());
		model.addAttribute("kinds", Agreement.Kind.values());
		model.addAttribute("statuses", Agreement.Status.values());
		model.addAttribute("metrics", Agreement.Metric.values());
		model.addAttribute("rows", java.util.stream.IntStream.range(0, AgreementForm.MEASURE_ROWS).boxed().toList());
	}

	private static void requireEditor(AccordPrincipal me) {
		if (!Agreements.mayKeep(me)) {
			throw new AccessDeniedException("Agreements are kept by administrators and partnership leads");
		}
	}

}
