package org.accord.sharing.internal;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.accord.audit.AuditEvent;
import org.accord.audit.AuditLog;
import org.accord.identity.Agencies;
import org.accord.platform.security.AccordPrincipal;
import org.accord.platform.security.CurrentUser;
import org.accord.platform.web.InvalidInputException;
import org.accord.platform.web.NotFoundException;
import org.accord.platform.web.Problems;
import org.accord.sharing.AccessPolicy;
import org.accord.sharing.Consent;
import org.accord.sharing.Consents;
import org.accord.sharing.InformationCategory;
import org.accord.sharing.InvolvementRegister;
import org.accord.sharing.Purpose;
import org.accord.sharing.SharingDecision;
import org.accord.sharing.SharingDecisions;
import org.accord.sharing.SharingGrounds;

import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Consents, their withdrawal, and decisions to share without consent or not to share, over the API. */
@RestController
class SharingApiController {

	record NewConsent(@NotEmpty List<UUID> agencyIds, @NotEmpty Set<InformationCategory> categories, @NotBlank @Size(max = 500) String purpose,
			Consent.HowGiven howGiven, LocalDate givenOn, LocalDate expiresOn, @Size(max = 1000) String capacityNote) {
	}

	record Withdraw(@NotBlank @Size(max = 1000) String reason) {
	}

	record NewDecision(@NotNull UUID agencyId, @NotEmpty Set<InformationCategory> categories, @NotNull SharingDecision.Kind decision,
			SharingGrounds grounds, @NotBlank @Size(max = 2000) String justification, Boolean personTold,
			@Size(max = 1000) String notToldReason) {
	}

	record Decide(@Size(max = 1000) String note) {
	}

	private final Consents consents;

	private final SharingDecisions decisions;

	private final AccessPolicy policy;

	private final InvolvementRegister people;

	private final Agencies agencies;

	private final AuditLog audit;

	private final Clock clock;

	private final org.accord.sharing.SharingAgreements agreementList;

	SharingApiController(Consents consents, SharingDecisions decisions, AccessPolicy policy, InvolvementRegister people, Agencies agencies,
			AuditLog audit, Clock clock, org.accord.sharing.SharingAgreements agreementList) {
		this.agreementList = agreementList;
		this.consents = consents;
		this.decisions = decisions;
		this.policy = policy;
		this.people = people;
		this.agencies = agencies;
		this.audit = audit;
		this.clock = clock;
	}

	@PostMapping("/api/v1/people/{id}/consents")
	@Transactional
	ResponseEntity<Map<String, String>> record(@PathVariable UUID id, @Valid @RequestBody NewConsent body) {
		AccordPrincipal me = recorder(id);
		LocalDate today = LocalDate.now(clock);
		SharingRules.consentProblems(body.categories(), body.agencyIds(), agencies, body.givenOn(), body.expiresOn(), today)
			.ifPresent(problems -> {
				throw new InvalidInputException(problems);
			});
		UUID consent = consents.record(new Consent.Draft(id, EnumSet.copyOf(body.categories()), Set.copyOf(body.agencyIds()),
				body.purpose().trim(), body.howGiven() == null ? Consent.HowGiven.VERBAL : body.howGiven(), blank(body.capacityNote()),
				body.givenOn() == null ? today : body.givenOn(), body.expiresOn(), me.userId(), me.agencyId()));
		consents.tellRecipients(consent);
		audit.record(AuditEvent.of("CONSENT", "CONSENT", consent).person(id).detail(body.categories() + " to " + body.agencyIds().size() + " agencies"));
		return ResponseEntity.created(URI.create("/api/v1/people/" + id + "/consents")).body(Map.of("id", consent.toString()));
	}

	@GetMapping("/api/v1/people/{id}/consents")
	Map<String, List<Consent>> list(@PathVariable UUID id) {
		viewer(id);
		return Map.of("items", consents.forPerson(id));
	}

	@PostMapping("/api/v1/consents/{id}/withdraw")
	@Transactional
	Map<String, Object> withdraw(@PathVariable UUID id, @Valid @RequestBody Withdraw body) {
		Consent consent = consents.find(id).orElseThrow(() -> new NotFoundException("Consent"));
		AccordPrincipal me = recorder(consent.personId());
		List<UUID> told = consents.withdraw(id, body.reason().trim(), me.userId());
		audit.record(AuditEvent.of("WITHDRAW", "CONSENT", id).person(consent.personId()).reason(body.reason().trim())
			.detail(told.size() + " agencies told"));
		List<String> names = new ArrayList<>();
		told.forEach(a -> agencies.find(a).ifPresent(agency -> names.add(agency.name())));
		return Map.of("id", id.toString(), "withdrawn", true, "agenciesNotified", names);
	}

	@PostMapping("/api/v1/people/{id}/sharing-decisions")
	@Transactional
	ResponseEntity<SharingDecision> decide(@PathVariable UUID id, @Valid @RequestBody NewDecision body) {
		AccordPrincipal me = recorder(id);
		boolean told = body.personTold() == null || body.personTold();
		SharingRules.decisionProblems(body.decision(), body.grounds(), body.categories(), body.agencyId(), me.agencyId(), told,
				body.notToldReason(), agencies)
			.ifPresent(problems -> {
				throw new InvalidInputException(problems);
			});
		UUID decision = decisions.request(new SharingDecision.Draft(id, body.decision(), body.grounds(), EnumSet.copyOf(body.categories()),
				me.agencyId(), body.agencyId(), body.justification().trim(), told, told ? null : body.notToldReason().trim(), me.userId()));
		audit.record(AuditEvent.of(body.decision() == SharingDecision.Kind.SHARE ? "REQUEST_SHARE" : "DO_NOT_SHARE", "SHARING_DECISION",
				decision).person(id).reason(body.justification().trim()).detail(body.categories() + " to " + body.agencyId()));
		return ResponseEntity.created(URI.create("/api/v1/people/" + id + "/sharing-decisions")).body(decisions.find(decision).orElseThrow());
	}

	@GetMapping("/api/v1/people/{id}/sharing-decisions")
	Map<String, List<SharingDecision>> decisions(@PathVariable UUID id) {
		viewer(id);
		return Map.of("items", decisions.forPerson(id));
	}

	@PostMapping("/api/v1/sharing-decisions/{id}/approve")
	@Transactional
	SharingDecision approve(@PathVariable UUID id, @Valid @RequestBody(required = false) Decide body) {
		return settle(id, true, body);
	}

	@PostMapping("/api/v1/sharing-decisions/{id}/refuse")
	@Transactional
	SharingDecision refuse(@PathVariable UUID id, @Valid @RequestBody Decide body) {
		if (body == null || body.note() == null || body.note().isBlank()) {
			throw new InvalidInputException(List.of(new Problems.FieldMessage("note", "must say why the request is refused")));
		}
		return settle(id, false, body);
	}

	private SharingDecision settle(UUID id, boolean approve, Decide body) {
		AccordPrincipal me = CurrentUser.require();
		SharingDecision request = decisions.find(id).orElseThrow(() -> new NotFoundException("Sharing decision"));
		String note = body == null ? null : blank(body.note());
		SharingDecision decided = decisions.decide(request.id(), me, approve, note);
		audit.record(AuditEvent.of(approve ? "APPROVE_SHARE" : "REFUSE_SHARE", "SHARING_DECISION", id).person(request.personId()).reason(note));
		return decided;
	}

	@GetMapping("/api/v1/sharing-agreements")
	Map<String, List<org.accord.sharing.SharingAgreement>> agreements() {
		return Map.of("items", agreementList.all());
	}

	/** A caseworker whose agency works with the person: they record the person's consent and the agency's decisions. */
	private AccordPrincipal recorder(UUID personId) {
		AccordPrincipal me = CurrentUser.require();
		if (people.name(personId).isEmpty() || !policy.decide(me, personId, Purpose.CHANGE).canSee(InformationCategory.CORE_PROFILE, me.agencyId())) {
			throw new NotFoundException("Person");
		}
		return me;
	}

	private void viewer(UUID personId) {
		if (people.name(personId).isEmpty() || !policy.decide(CurrentUser.require(), personId, Purpose.VIEW).canSee(InformationCategory.CORE_PROFILE)) {
			throw new NotFoundException("Person");
		}
	}

	private static String blank(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

}
