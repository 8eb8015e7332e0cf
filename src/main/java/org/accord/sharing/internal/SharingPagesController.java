package org.accord.sharing.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;

import org.accord.audit.AuditEvent;
import org.accord.audit.AuditLog;
import org.accord.identity.Agencies;
import org.accord.platform.security.AccordPrincipal;
import org.accord.platform.web.NotFoundException;
import org.accord.sharing.AccessPolicy;
import org.accord.sharing.Consent;
import org.accord.sharing.Consents;
import org.accord.sharing.InformationCategory;
import org.accord.sharing.InvolvementRegister;
import org.accord.sharing.Purpose;
import org.accord.sharing.SharingDecision;
import org.accord.sharing.SharingDecisions;
import org.accord.sharing.SharingGrounds;

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

/** A person's consents and sharing decisions: recording, withdrawing, and asking to share without consent. */
@Controller
class SharingPagesController {

	private final Consents consents;

	private final SharingDecisions decisions;

	private final AccessPolicy policy;

	private final InvolvementRegister people;

	private final Agencies agencies;

	private final AuditLog audit;

	private final Clock clock;

	SharingPagesController(Consents consents, SharingDecisions decisions, AccessPolicy policy, InvolvementRegister people, Agencies agencies,
			AuditLog audit, Clock clock) {
		this.consents = consents;
		this.decisions = decisions;
		this.policy = policy;
		this.people = people;
		this.agencies = agencies;
		this.audit = audit;
		this.clock = clock;
	}

	@GetMapping("/people/{id}/sharing")
	String show(@PathVariable UUID id, @RequestParam(required = false) UUID withdrawError, @AuthenticationPrincipal AccordPrincipal me,
			Model model) {
		String name = allowed(me, id, Purpose.VIEW, false);
		model.addAttribute("personId", id);
		model.addAttribute("name", name);
		model.addAttribute("consents", consents.forPerson(id));
		model.addAttribute("decisions", decisions.forPerson(id));
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("mayRecord", policy.mayKnow(me, id) && recorder(me, id));
		model.addAttribute("withdrawError", withdrawError);
		return "sharing/person";
	}

	@GetMapping("/people/{id}/consents/new")
	String newConsent(@PathVariable UUID id, @AuthenticationPrincipal AccordPrincipal me, Model model) {
		String name = allowed(me, id, Purpose.VIEW, true);
		model.addAttribute("form", new ConsentForm());
		return consentForm(id, name, model);
	}

	@PostMapping("/people/{id}/consents/new")
	@Transactional
	String recordConsent(@PathVariable UUID id, @Valid @ModelAttribute("form") ConsentForm form, BindingResult result,
			@AuthenticationPrincipal AccordPrincipal me, Model model, RedirectAttributes redirect) {
		String name = allowed(me, id, Purpose.CHANGE, true);
		LocalDate today = LocalDate.now(clock);
		LocalDate expires = form.expiresOn(result);
		SharingRules.consentProblems(form.getCategories(), form.getAgencyIds(), agencies, today, expires, today)
			.ifPresent(problems -> problems.forEach(p -> result.rejectValue(switch (p.field()) {
				case "expiresOn" -> "expiresDay";
				case "givenOn" -> "purpose";
				default -> p.field();
			}, "invalid", sentence(p.field(), p.message()))));
		if (result.hasErrors()) {
			return consentForm(id, name, model);
		}
		UUID consent = consents.record(new Consent.Draft(id, EnumSet.copyOf(form.getCategories()), Set.copyOf(form.getAgencyIds()),
				form.getPurpose(), form.getHowGiven() == null ? Consent.HowGiven.VERBAL : form.getHowGiven(), form.getCapacityNote(), today,
				expires, me.userId(), me.agencyId()));
		consents.tellRecipients(consent);
		audit.record(AuditEvent.of("CONSENT", "CONSENT", consent).person(id)
			.detail(form.getCategories() + " to " + form.getAgencyIds().size() + " agencies"));
		redirect.addFlashAttribute("success", "Consent recorded. The agencies it covers have been told.");
		return "redirect:/people/" + id + "/sharing";
	}

	@PostMapping("/consents/{consentId}/withdraw")
	@Transactional
	String withdraw(@PathVariable UUID consentId, @RequestParam(required = false) String reason, @AuthenticationPrincipal AccordPrincipal me,
			RedirectAttributes redirect) {
		Consent consent = consents.find(consentId).orElseThrow(() -> new NotFoundException("Consent"));
		allowed(me, consent.personId(), Purpose.CHANGE, true);
		if (reason == null || reason.isBlank() || reason.length() > 1000) {
			return "redirect:/people/" + consent.personId() + "/sharing?withdrawError=" + consentId + "#withdraw-" + consentId;
		}
		if (consent.withdrawnAt() == null) {
			List<UUID> told = consents.withdraw(consentId, reason.trim(), me.userId());
			audit.record(AuditEvent.of("WITHDRAW", "CONSENT", consentId).person(consent.personId()).reason(reason.trim())
				.detail(told.size() + " agencies told"));
			redirect.addFlashAttribute("success", "Consent withdrawn. Sharing under it has stopped and " + told.size()
					+ (told.size() == 1 ? " agency has" : " agencies have") + " been told.");
		}
		return "redirect:/people/" + consent.personId() + "/sharing";
	}

	@GetMapping("/people/{id}/sharing-decisions/new")
	String newDecision(@PathVariable UUID id, @AuthenticationPrincipal AccordPrincipal me, Model model) {
		String name = allowed(me, id, Purpose.VIEW, true);
		model.addAttribute("form", new DecisionForm());
		return decisionForm(id, name, model);
	}

	@PostMapping("/people/{id}/sharing-decisions/new")
	@Transactional
	String recordDecision(@PathVariable UUID id, @Valid @ModelAttribute("form") DecisionForm form, BindingResult result,
			@AuthenticationPrincipal AccordPrincipal me, Model model, RedirectAttributes redirect) {
		String name = allowed(me, id, Purpose.CHANGE, true);
		boolean told = !Boolean.FALSE.equals(form.getPersonTold());
		if (form.getDecision() != null && form.getAgencyId() != null) {
			SharingRules.decisionProblems(form.getDecision(), form.getGrounds(), form.getCategories(), form.getAgencyId(), me.agencyId(), told,
					form.getNotToldReason(), agencies)
				.ifPresent(problems -> problems.forEach(p -> result.rejectValue(p.field(), "invalid", sentence(p.field(), p.message()))));
		}
		if (result.hasErrors()) {
			return decisionForm(id, name, model);
		}
		UUID decision = decisions.request(new SharingDecision.Draft(id, form.getDecision(), form.getGrounds(), EnumSet.copyOf(form.getCategories()),
				me.agencyId(), form.getAgencyId(), form.getJustification(), told, told ? null : form.getNotToldReason(), me.userId()));
		audit.record(AuditEvent.of(form.getDecision() == SharingDecision.Kind.SHARE ? "REQUEST_SHARE" : "DO_NOT_SHARE", "SHARING_DECISION",
				decision).person(id).reason(form.getJustification()).detail(form.getCategories() + " to " + form.getAgencyId()));
		redirect.addFlashAttribute("success", form.getDecision() == SharingDecision.Kind.SHARE
				? "Request recorded. Nothing is shared until a manager or the information governance lead approves it."
				: "Decision not to share recorded, with its reason.");
		return "redirect:/people/" + id + "/sharing";
	}

	private String consentForm(UUID id, String name, Model model) {
		model.addAttribute("personId", id);
		model.addAttribute("name", name);
		model.addAttribute("categoryOptions", shareable());
		model.addAttribute("agencyOptions", agencies.findAll().stream().filter(a -> a.enabled()).toList());
		model.addAttribute("howOptions", Consent.HowGiven.values());
		return "sharing/consent-new";
	}

	private String decisionForm(UUID id, String name, Model model) {
		model.addAttribute("personId", id);
		model.addAttribute("name", name);
		model.addAttribute("categoryOptions", shareable());
		model.addAttribute("agencyOptions", agencies.findAll().stream().filter(a -> a.enabled()).toList());
		model.addAttribute("groundOptions", SharingGrounds.values());
		return "sharing/decision-new";
	}

	private static List<InformationCategory> shareable() {
		return Arrays.stream(InformationCategory.values()).filter(c -> c != InformationCategory.CONFIDENTIAL_LOCATION).toList();
	}

	/** Error messages on the page read as sentences; the shared rules speak of fields, as the API does. */
	private static String sentence(String field, String message) {
		return switch (field) {
			case "categories" -> "A confidential location is never shared outside the agency that holds it";
			case "agencyIds" -> "Select agencies of the partnership";
			case "agencyId" -> message.contains("another") ? "Select another agency than your own" : "Select an agency of the partnership";
			case "expiresOn" -> "The expiry date must be after today";
			case "grounds" -> "Select the grounds for sharing without consent";
			case "notToldReason" -> "Explain why telling the person would be unsafe";
			default -> Character.toUpperCase(message.charAt(0)) + message.substring(1);
		};
	}

	private boolean recorder(AccordPrincipal me, UUID id) {
		return people.wasEverInvolved(me.agencyId(), id)
				&& (me.hasRole(org.accord.platform.security.Role.PRACTITIONER) || me.hasRole(org.accord.platform.security.Role.AGENCY_MANAGER));
	}

	/** The person's name, if the user may see them; recording needs their own agency's involvement too. */
	private String allowed(AccordPrincipal me, UUID id, Purpose purpose, boolean toRecord) {
		String name = people.name(id).orElseThrow(() -> new NotFoundException("Person"));
		var decision = policy.decide(me, id, purpose);
		if (!decision.canSee(InformationCategory.CORE_PROFILE) || (toRecord && !recorder(me, id))) {
			throw new NotFoundException("Person");
		}
		return name;
	}

}
