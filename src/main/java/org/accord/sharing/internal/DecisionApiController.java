package org.accord.sharing.internal;

import java.net.URI;
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
import org.accord.platform.security.AccordPrincipal;
import org.accord.platform.security.CurrentUser;
import org.accord.platform.web.InvalidInputException;
import org.accord.platform.web.NotFoundException;
import org.accord.platform.web.Problems;
import org.accord.sharing.InformationCategory;
import org.accord.sharing.PersonAccess;
import org.accord.sharing.SharingDecision;
import org.accord.sharing.SharingDecisions;
import org.accord.sharing.SharingGrounds;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Decisions to share without consent, or not to share, over the API, and approving or refusing them. */
@RestController
class DecisionApiController {

	record NewDecision(@NotNull UUID agencyId, @NotEmpty Set<@NotNull InformationCategory> categories,
			@NotNull SharingDecision.Kind decision, SharingGrounds grounds, @NotBlank @Size(max = 2000) String justification,
			Boolean personTold, @Size(max = 1000) String notToldReason) {
	}

	record Decide(@Size(max = 1000) String note) {
	}

	private final SharingDecisions decisions;

	private final Agencies agencies;

	DecisionApiController(SharingDecisions decisions, Agencies agencies) {
		this.decisions = decisions;
		this.agencies = agencies;
	}

	@PostMapping("/api/v1/people/{id}/sharing-decisions")
	ResponseEntity<SharingDecision> decide(PersonAccess access, @Valid @RequestBody NewDecision body) {
		boolean told = body.personTold() == null || body.personTold();
		SharingRules.decisionProblems(body.decision(), body.grounds(), body.categories(), body.agencyId(), access.agencyId(),
				told, body.notToldReason(), agencies)
			.ifPresent(problems -> {
				throw new InvalidInputException(problems);
			});
		UUID decision = decisions.request(access,
				new SharingDecision.Draft(access.personId(), body.decision(), body.grounds(), EnumSet.copyOf(body.categories()),
						access.agencyId(), body.agencyId(), body.justification().trim(), told,
				told ? null : body.notToldReason().trim(), access.user().userId()));
		return ResponseEntity.created(URI.create("/api/v1/people/" + access.personId() + "/sharing-decisions"))
			.body(decisions.find(decision).orElseThrow());
	}

	@GetMapping("/api/v1/people/{id}/sharing-decisions")
	Map<String, List<SharingDecision>> decisions(PersonAccess access) {
		return Map.of("items", decisions.visibleTo(access));
	}

	@PostMapping("/api/v1/sharing-decisions/{id}/approve")
	SharingDecision approve(@PathVariable UUID id, @Valid @RequestBody(required = false) Decide body) {
		return settle(id, true, body);
	}

	@PostMapping("/api/v1/sharing-decisions/{id}/refuse")
	SharingDecision refuse(@PathVariable UUID id, @Valid @RequestBody Decide body) {
		if (body == null || body.note() == null || body.note().isBlank()) {
			throw new InvalidInputException(List.of(new Problems.FieldMessage("note", "must say why the request is refused")));
		}
		return settle(id, false, body);
	}

	private SharingDecision settle(UUID id, boolean approve, Decide body) {
		AccordPrincipal me = CurrentUser.require();
		SharingDecision request = decisions.find(id).orElseThrow(() -> new NotFoundException("Sharing decision"));
		return decisions.decide(request.id(), me, approve, body == null ? null : SharingApiController.blank(body.note()));
	}

}
