package org.accord.people.internal;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.accord.people.Chronology;
import org.accord.people.ChronologyEntry;
import org.accord.platform.web.PlausibleDate;
import org.accord.sharing.InformationCategory;
import org.accord.sharing.PersonAccess;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A person's chronology over the API: only the entries whose category the caller may see. */
@RestController
class ChronologyApiController {

	record NewEntry(@NotNull @PlausibleDate LocalDate occurredOn, @NotNull ChronologyEntry.Type type,
			@NotBlank @Size(max = 2000) String summary, @NotNull ChronologyEntry.Kind kind, InformationCategory category,
			@Size(max = 500) String provenance) {
	}

	/** The entry as it should have been, and why the original was wrong. */
	record Correction(@NotNull @PlausibleDate LocalDate occurredOn, @NotNull ChronologyEntry.Type type,
			@NotBlank @Size(max = 2000) String summary, @NotNull ChronologyEntry.Kind kind, InformationCategory category,
			@Size(max = 500) String provenance, @NotBlank @Size(max = 500) String reason) {
	}

	/**
	 * An entry with its correction trail: {@code corrects} and {@code correctsReason} for a correction,
	 * {@code corrected}, {@code correctedAt}, {@code correctedByName}, {@code correctedBy} and
	 * {@code correctionReason} for an entry corrected since; the id and reason are null where the
	 * other entry is of a category the caller may not see.
	 */
	record Entry(String id, LocalDate occurredOn, String type, String summary, String kind, String category, String source,
			String sourceAgencyId, String author, String provenance, Instant recordedAt, boolean corrected, UUID corrects,
			String correctsReason, UUID correctedBy, Instant correctedAt, String correctedByName, String correctionReason) {

		static Entry of(ChronologyEntry e) {
			ChronologyEntry.Trail t = e.trail();
			return new Entry(e.id().toString(), e.occurredOn(), e.type().name(), e.summary(), e.kind().name(),
					e.category().name(), e.sourceAgencyName(), e.sourceAgencyId().toString(), e.authorName(), e.provenance(),
					e.recordedAt(), e.corrected(), t.corrects(), t.correctsReason(), t.correctedBy(), t.correctedAt(),
					t.correctedByName(), t.correctionReason());
		}

	}

	record Entries(List<Entry> items, List<InformationCategory> withheld) {
	}

	private final Chronology chronology;

	ChronologyApiController(Chronology chronology) {
		this.chronology = chronology;
	}

	@GetMapping("/api/v1/people/{id}/chronology")
	Entries list(PersonAccess access, @RequestParam(required = false) UUID agency,
			@RequestParam(required = false) ChronologyEntry.Type type) {
		List<Entry> items = chronology.visibleTo(access, new Chronology.Filter(agency, type)).stream().map(Entry::of)
			.toList();
		return new Entries(items, access.decision().withheldCategories());
	}

	@PostMapping("/api/v1/people/{id}/chronology")
	ResponseEntity<Entry> add(PersonAccess access, @Valid @RequestBody NewEntry body) {
		ChronologyEntry saved = chronology.add(access,
				new Chronology.NewEntry(body.occurredOn(), body.type(), body.summary(), body.kind(), body.category(),
						body.provenance()));
		return ResponseEntity.created(URI.create("/api/v1/people/" + access.personId() + "/chronology"))
		.body(Entry.of(saved));
	}

	@PostMapping("/api/v1/people/{id}/chronology/{entryId}/correction")
	ResponseEntity<Entry> correct(PersonAccess access, @PathVariable UUID entryId, @Valid @RequestBody Correction body) {
		ChronologyEntry saved = chronology.correct(access, entryId,
				new Chronology.Correction(new Chronology.NewEntry(body.occurredOn(), body.type(), body.summary(), body.kind(),
						body.category(), body.provenance()), body.reason()));
		return ResponseEntity.created(URI.create("/api/v1/people/" + access.personId() + "/chronology"))
		.body(Entry.of(saved));
	}

}
