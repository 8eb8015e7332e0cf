package org.accord.sharing.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;

import org.accord.identity.Agencies;
import org.accord.platform.security.AccordPrincipal;
import org.accord.platform.web.BusinessRuleException;
import org.accord.platform.web.NotFoundException;
import org.accord.sharing.Consent;
import org.accord.sharing.Consents;
import org.accord.sharing.InformationCategory;
import org.accord.sharing.InvolvementRegister;
import org.accord.sharing.PersonAccess;
import org.accord.sharing.PersonId;
import org.accord.sharing.SharingDecision;
import org.accord.sharing.SharingDecisions;
import org.accord.sharing.SharingGrounds;

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

/** A person's consents and sharing decisions: recording, withdrawing, and asking to share without consent. */
@Controller
class SharingPagesController {

	private final Consents consents;

	private final SharingDecisions decisions;

	private final InvolvementRegister people;

	private final Agencies agencies;

	private final Clock clock;

	SharingPagesController(Consents consents, SharingDecisions decisions, InvolvementRegister people, Agencies agencies,
			Clock clock) {
		this.consents = consents;
		this.decisions = decisions;
		this.people = people;
		this.agencies = agencies;
		this.clock = clock;
	}

	@GetMapping("/people/{id}/sharing")
	String show(PersonAccess access, @RequestParam(required = false) UUID withdrawError, Model model) {
		model.addAttribute("personId", access.personId());
		model.addAttribute("name", people.name(access.personId()).orElseThrow());
		model.addAttribute("consents", consents.visibleTo(access));
		model.addAttribute("decisions", decisions.visibleTo(access));
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("mayRecord", access.mayWrite());
		model.addAttribute("myAgency", access.agencyId());
		model.addAttribute("withdrawError", withdrawError);
		return "sharing/person";
	}

	@GetMapping("/people/{id}/consents/new")
	String newConsent(@PersonId(write = true) PersonAccess access, Model model) {
		model.addAttribute("form", new ConsentForm());
		return consentForm(access, model);
	}

	@PostMapping("/people/{id}/consents/new")
	String recordConsent(PersonAccess access, @Valid @ModelAttribute("form") ConsentForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		LocalDate today = LocalDate.now(clock);
		LocalDate expires = form.expiresOn(result);
		SharingRules.consentProblems(form.getCategories(), form.getAgencyIds(), form.getHolderAgencyIds(), agencies, today,
				expires, today)
			.ifPresent(problems -> problems.forEach(p -> result.rejectValue(switch (p.field()) {
				case "expiresOn" -> "expiresDay";
				case "givenOn" -> "purpose";
				default -> p.field();
			}, "invalid", sentence(p.field(), p.message()))));
		if (form.getAgencyIds().contains(access.agencyId())) {
			result.rejectValue("agencyIds", "own", "Do not select your own agency: it already sees what it recorded");
		}
		if (result.hasErrors()) {
			return consentForm(access, model);
		}
		try {
			consents.record(access,
					new Consent.Draft(access.personId(), EnumSet.copyOf(form.getCategories()), Set.copyOf(form.getAgencyIds()),
							form.getPurpose(), form.getHowGiven() == null ? Consent.HowGiven.VERBAL : form.getHowGiven(),
							form.getCapacityNote(), today,
					expires, access.user().userId(), access.agencyId(), Set.copyOf(form.getHolderAgencyIds())));
		}
		catch (BusinessRuleException ex) {
			result.rejectValue("holderAgencyIds", "holders", "Select only agencies that work or worked with the person");
			return consentForm(access, model);
		}
		redirect.addFlashAttribute("success",
				form.getHolderAgencyIds().isEmpty() ? "Consent recorded. The agencies it covers have been told."
				: "Consent recorded. The agencies it covers have been told, and each other agency whose records it shares has "
				+ "been asked to confirm.");
		return "redirect:/people/" + access.personId() + "/sharing";
	}

	@PostMapping("/consents/{consentId}/withdraw")
	String withdraw(@PathVariable UUID consentId, @RequestParam(required = false) String reason,
			@AuthenticationPrincipal AccordPrincipal me, RedirectAttributes redirect) {
		Consent consent = consents.find(consentId).orElseThrow(() -> new NotFoundException("Consent"));
		if (reason == null || reason.isBlank() || reason.length() > 1000) {
			return "redirect:/people/" + consent.personId() + "/sharing?withdrawError=" + consentId + "#withdraw-" + consentId;
		}
		if (consent.withdrawnAt() == null) {
			List<UUID> told = consents.withdraw(consentId, me, reason.trim());
			redirect.addFlashAttribute("success", "Consent withdrawn. Sharing under it has stopped and " + told.size()
					+ (told.size() == 1 ? " agency has" : " agencies have") + " been told.");
		}
		return "redirect:/people/" + consent.personId() + "/sharing";
	}

	@GetMapping("/people/{id}/sharing-decisions/new")
	String newDecision(@PersonId(write = true) PersonAccess access, Model model) {
		model.addAttribute("form", new DecisionForm());
		return decisionForm(access, model);
	}

	@PostMapping("/people/{id}/sharing-decisions/new")
	String recordDecision(PersonAccess access, @Valid @ModelAttribute("form") DecisionForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		boolean told = !Boolean.FALSE.equals(form.getPersonTold());
		if (form.getDecision() != null && form.getAgencyId() != null) {
			SharingRules.decisionProblems(form.getDecision(), form.getGrounds(), form.getCategories(), form.getAgencyId(),
					access.agencyId(), told, form.getNotToldReason(), agencies)
				.ifPresent(problems -> problems.forEach(p -> result.rejectValue(p.field(), "invalid",
						sentence(p.field(), p.message()))));
		}
		if (result.hasErrors()) {
			return decisionForm(access, model);
		}
		decisions.request(access, new SharingDecision.Draft(access.personId(), form.getDecision(), form.getGrounds(),
				EnumSet.copyOf(form.getCategories()), access.agencyId(), form.getAgencyId(), form.getJustification(), told,
				told ? null : form.getNotToldReason(), access.user().userId()));
		redirect.addFlashAttribute("success", form.getDecision() == SharingDecision.Kind.SHARE
				? "Request recorded. Nothing is shared until a manager or the information governance lead approves it."
				: "Decision not to share recorded, with its reason.");
		return "redirect:/people/" + access.personId() + "/sharing";
	}

	private String consentForm(PersonAccess access, Model model) {
		model.addAttribute("personId", access.personId());
		model.addAttribute("name", people.name(access.personId()).orElseThrow());
		model.addAttribute("categoryOptions", shareable());
		model.addAttribute("agencyOptions",
				agencies.findAll().stream().filter(a -> a.enabled() && !a.id().equals(access.agencyId())).toList());
		List<UUID> known = people.involvedAgenciesKnownTo(access.decision());
		model.addAttribute("holderOptions", agencies.findAll().stream()
			.filter(a -> known.contains(a.id()) && !a.id().equals(access.agencyId())).toList());
		model.addAttribute("howOptions", Consent.HowGiven.values());
		return "sharing/consent-new";
	}

	private String decisionForm(PersonAccess access, Model model) {
		model.addAttribute("personId", access.personId());
		model.addAttribute("name", people.name(access.personId()).orElseThrow());
		model.addAttribute("categoryOptions", shareable());
		model.addAttribute("agencyOptions", agencies.findAll().stream().filter(a -> a.enabled()).toList());
		model.addAttribute("groundOptions", SharingGrounds.values());
		return "sharing/decision-new";
	}

	private static List<InformationCategory> shareable() {
		return Arrays.stream(InformationCategory.values()).filter(c -> c != InformationCategory.CONFIDENTIAL_LOCATION)
			.toList();
	}

	/** Error messages on the page read as sentences; the shared rules speak of fields, as the API does. */
	private static String sentence(String field, String message) {
		return switch (field) {
			case "categories" -> "A confidential location is never shared outside the agency that holds it";
			case "agencyIds", "holderAgencyIds" -> "Select agencies of the partnership";
			case "agencyId" -> message.contains("another") ? "Select another agency than your own"
					: "Select an agency of the partnership";
			case "expiresOn" -> "The expiry date must be after today";
			case "grounds" -> "Select the grounds for sharing without consent";
			case "notToldReason" -> "Explain why telling the person would be unsafe";
			default -> Character.toUpperCase(message.charAt(0)) + message.substring(1);
		};
	}

}
