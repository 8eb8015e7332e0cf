package org.accord.people.internal;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.accord.audit.AuditEvent;
import org.accord.audit.AuditLog;
import org.accord.people.Chronology;
import org.accord.people.ChronologyEntry;
import org.accord.people.People;
import org.accord.platform.security.AccordPrincipal;
import org.accord.platform.security.CurrentUser;
import org.accord.platform.web.InvalidInputException;
import org.accord.platform.web.NotFoundException;
import org.accord.platform.web.Problems;
import org.accord.sharing.AccessDecision;
import org.accord.sharing.AccessPolicy;
import org.accord.sharing.InformationCategory;
import org.accord.sharing.Purpose;

import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A person's chronology over the API: only the entries whose category the caller may see. */
@RestController
class ChronologyApiController {

	record NewEntry(@NotNull LocalDate occurredOn, @NotNull ChronologyEntry.Type type, @NotBlank @Size(max = 2000) String summary,
			@NotNull ChronologyEntry.Kind kind, InformationCategory category, @Size(max = 500) String provenance) {
	}

	record Entry(String id, LocalDate occurredOn, String type, String summary, String kind, String category, String source,
			String sourceAgencyId, String author, String provenance, Instant recordedAt) {

		static Entry of(ChronologyEntry e) {
			return new Entry(e.id().toString(), e.occurredOn(), e.type().name(), e.summary(), e.kind().name(), e.category().name(),
					e.sourceAgencyName(), e.sourceAgencyId().toString(), e.authorName(), e.provenance(), e.recordedAt());
		}

	}

	record Entries(List<Entry> items, List<InformationCategory> withheld) {
	}

	private final People people;

	private final Chronology chronology;

	private final AccessPolicy policy;

	private final AuditLog audit;

	private final Clock clock;

	ChronologyApiController(People people, Chronology chronology, AccessPolicy policy, AuditLog audit, Clock clock) {
		this.people = people;
		this.chronology = chronology;
		this.policy = policy;
		this.audit = audit;
		this.clock = clock;
	}

	@GetMapping("/api/v1/people/{id}/chronology")
	Entries list(@PathVariable UUID id, @RequestParam(required = false) UUID agency,
			@RequestParam(required = false) ChronologyEntry.Type type) {
		AccessDecision decision = allowed(id, Purpose.VIEW);
		List<Entry> items = ChronologyView.visible(chronology.entries(id, new Chronology.Filter(agency, type)), decision)
			.stream().map(Entry::of).toList();
		return new Entries(items, decision.withheldCategories());
	}

	@PostMapping("/api/v1/people/{id}/chronology")
	@Transactional
	ResponseEntity<Entry> add(@PathVariable UUID id, @Valid @RequestBody NewEntry body) {
		AccessDecision decision = allowed(id, Purpose.CHANGE);
		AccordPrincipal me = CurrentUser.require();
		InformationCategory category = body.category() != null ? body.category() : body.type().usualCategory();
		ChronologyView.problem(body.occurredOn(), body.type(), category, decision, LocalDate.now(clock))
			.ifPresent(p -> {
				throw new InvalidInputException(List.of(p));
			});
		UUID entry = chronology.record(new ChronologyEntry.Draft(id, body.occurredOn(), body.type(), body.summary().trim(), body.kind(),
				category, body.provenance() == null || body.provenance().isBlank() ? null : body.provenance().trim(), me.agencyId(),
				me.userId(), me.displayName()));
		audit.record(AuditEvent.of("CREATE", "CHRONOLOGY_ENTRY", entry).person(id).detail(body.type() + ", " + category));
		ChronologyEntry saved = chronology.entries(id, Chronology.Filter.ALL).stream().filter(e -> e.id().equals(entry)).findFirst().orElseThrow();
		return ResponseEntity.created(URI.create("/api/v1/people/" + id + "/chronology")).body(Entry.of(saved));
	}

	private AccessDecision allowed(UUID id, Purpose purpose) {
		people.find(id).orElseThrow(() -> new NotFoundException("Person"));
		AccessDecision decision = policy.decide(CurrentUser.require(), id, purpose);
		if (!decision.canSee(InformationCategory.CORE_PROFILE)) {
			throw new NotFoundException("Person");
		}
		return decision;
	}

}
