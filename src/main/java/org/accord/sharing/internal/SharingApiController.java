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

import org.accord.identity.Agencies;
import org.accord.platform.security.CurrentUser;
import org.accord.platform.web.InvalidInputException;
import org.accord.platform.web.PlausibleDate;
import org.accord.sharing.Consent;
import org.accord.sharing.ConsentHolders;
import org.accord.sharing.Consents;
import org.accord.sharing.InformationCategory;
import org.accord.sharing.PersonAccess;
import org.accord.sharing.SharingAgreement;
import org.accord.sharing.SharingAgreements;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Consents over the API: recording with their holders, confirming or declining as a holder, and withdrawing. */
@RestController
class SharingApiController {

	record NewConsent(@NotEmpty List<@NotNull UUID> agencyIds, List<@NotNull UUID> holderAgencyIds,
			@NotEmpty Set<@NotNull InformationCategory> categories,
			@NotBlank @Size(max = 500) String purpose, Consent.HowGiven howGiven, @PlausibleDate LocalDate givenOn,
			@PlausibleDate LocalDate expiresOn, @Size(max = 1000) String capacityNote) {
	}

	record Reason(@NotBlank @Size(max = 1000) String reason) {
	}

	private final Consents consents;

	private final ConsentHolders holders;

	private final Agencies agencies;

	private final Clock clock;

	private final SharingAgreements agreements;

	SharingApiController(Consents consents, ConsentHolders holders, Agencies agencies, Clock clock,
			SharingAgreements agreements) {
		this.consents = consents;
		this.holders = holders;
		this.agencies = agencies;
		this.clock = clock;
		this.agreements = agreements;
	}

	@PostMapping("/api/v1/people/{id}/consents")
	ResponseEntity<Map<String, String>> record(PersonAccess access, @Valid @RequestBody NewConsent body) {
		LocalDate today = LocalDate.now(clock);
		List<UUID> holderIds = body.holderAgencyIds() == null ? List.of() : body.holderAgencyIds();
		SharingRules.consentProblems(body.categories(), body.agencyIds(), holderIds, agencies, body.givenOn(),
				body.expiresOn(), today)
			.ifPresent(problems -> {
				throw new InvalidInputException(problems);
			});
		UUID consent = consents.record(access, new Consent.Draft(access.personId(), EnumSet.copyOf(body.categories()),
				Set.copyOf(body.agencyIds()), body.purpose().trim(),
				body.howGiven() == null ? Consent.HowGiven.VERBAL : body.howGiven(), blank(body.capacityNote()),
				body.givenOn() == null ? today : body.givenOn(), body.expiresOn(), access.user().userId(), access.agencyId(),
				Set.copyOf(holderIds)));
		return ResponseEntity.created(URI.create("/api/v1/people/" + access.personId() + "/consents"))
		.body(Map.of("id", consent.toString()));
	}

	@GetMapping("/api/v1/people/{id}/consents")
	Map<String, List<Consent>> list(PersonAccess access) {
		return Map.of("items", consents.visibleTo(access));
	}

	@PostMapping("/api/v1/consents/{id}/confirm")
	Consent confirm(@PathVariable UUID id) {
		return holders.confirm(id, CurrentUser.require());
	}

	@PostMapping("/api/v1/consents/{id}/decline")
	Consent decline(@PathVariable UUID id, @Valid @RequestBody Reason body) {
		return holders.decline(id, CurrentUser.require(), body.reason().trim());
	}

	@PostMapping("/api/v1/consents/{id}/withdraw")
	Map<String, Object> withdraw(@PathVariable UUID id, @Valid @RequestBody Reason body) {
		List<UUID> told = consents.withdraw(id, CurrentUser.require(), body.reason().trim());
		List<String> names = new ArrayList<>();
		told.forEach(a -> agencies.find(a).ifPresent(agency -> names.add(agency.name())));
		return Map.of("id", id.toString(), "withdrawn", true, "agenciesNotified", names);
	}

	@GetMapping("/api/v1/sharing-agreements")
	Map<String, List<SharingAgreement>> agreements() {
		return Map.of("items", agreements.all());
	}

	static String blank(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

}
