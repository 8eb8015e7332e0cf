package org.accord.people.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.accord.people.Merges;
import org.accord.people.PersonMerge;
import org.accord.sharing.PersonAccess;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Merging two records of one person, and undoing it. Only someone with grounds to change both records
 * may merge them, always with a reason; both records' audit trails show it.
 */
@RestController
class MergeApiController {

	record Merge(@NotNull UUID duplicateId, @NotBlank @Size(max = 500) String reason) {
	}

	record Undo(@NotBlank @Size(max = 500) String reason) {
	}

	private final Merges merges;

	MergeApiController(Merges merges) {
		this.merges = merges;
	}

	/** Both records must be ones the caller's agency works with now: nobody merges what they cannot see. */
	@PostMapping("/api/v1/people/{id}/merge")
	Map<String, String> merge(PersonAccess access, @Valid @RequestBody Merge body) {
		UUID merge = merges.merge(access, body.duplicateId(), body.reason().trim());
		return Map.of("mergeId", merge.toString(), "keptId", access.personId().toString(), "mergedId",
				body.duplicateId().toString());
	}

	@GetMapping("/api/v1/people/{id}/merges")
	Map<String, List<PersonMerge>> merges(PersonAccess access) {
		return Map.of("items", merges.merges(access.personId()));
	}

	@PostMapping("/api/v1/people/{id}/merges/{mergeId}/undo")
	PersonMerge undo(PersonAccess access, @PathVariable UUID mergeId, @Valid @RequestBody Undo body) {
		return merges.unmerge(access, mergeId, body.reason().trim());
	}

}
