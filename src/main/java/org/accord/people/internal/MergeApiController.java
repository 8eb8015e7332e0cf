package org.accord.people.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.accord.audit.AuditEvent;
import org.accord.audit.AuditLog;
import org.accord.people.People;
import org.accord.people.Merges;
import org.accord.people.PersonMerge;
import org.accord.platform.security.AccordPrincipal;
import org.accord.platform.web.InvalidInputException;
import org.accord.platform.web.Problems;
import org.accord.sharing.AccessPolicy;
import org.accord.sharing.PersonAccess;
import org.accord.sharing.Purpose;

import org.springframework.transaction.annotation.Transactional;
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

	private final People people;

	private final Merges merges;

	private final AccessPolicy policy;

	private final AuditLog audit;

	MergeApiController(People people, Merges merges, AccessPolicy policy, AuditLog audit) {
		this.people = people;
		this.merges = merges;
		this.policy = policy;
		this.audit = audit;
	}

	/** Both records must be ones the caller's agency works with now: nobody merges what they cannot see. */
	@PostMapping("/api/v1/people/{id}/merge")
	@Transactional
	Map<String, String> merge(PersonAccess access, @Valid @RequestBody Merge body) {
		AccordPrincipal me = access.user();
		UUID id = access.personId();
		if (people.find(body.duplicateId()).isEmpty() || !policy.mayWrite(me, body.duplicateId())
				|| !policy.decide(me, body.duplicateId(), Purpose.CHANGE).anyVisible()) {
			throw new InvalidInputException(List.of(new Problems.FieldMessage("duplicateId",
					"is not a record you may change; your agency must be involved with both records")));
		}
		UUID merge = merges.merge(id, body.duplicateId(), body.reason().trim(), me.userId());
		audit.record(AuditEvent.of("MERGE", "PERSON", id).person(id).reason(body.reason().trim()).detail("merged in " + body.duplicateId()));
		audit.record(AuditEvent.of("MERGE", "PERSON", body.duplicateId()).person(body.duplicateId()).reason(body.reason().trim())
			.detail("merged into " + id));
		return Map.of("mergeId", merge.toString(), "keptId", id.toString(), "mergedId", body.duplicateId().toString());
	}

	@GetMapping("/api/v1/people/{id}/merges")
	Map<String, List<PersonMerge>> merges(PersonAccess access) {
		return Map.of("items", merges.merges(access.personId()));
	}

	@PostMapping("/api/v1/people/{id}/merges/{mergeId}/undo")
	@Transactional
	PersonMerge undo(PersonAccess access, @PathVariable UUID mergeId, @Valid @RequestBody Undo body) {
		AccordPrincipal me = access.user();
		UUID id = access.personId();
		PersonMerge undone = merges.unmerge(id, mergeId, body.reason().trim(), me.userId());
		audit.record(AuditEvent.of("UNMERGE", "PERSON", id).person(id).reason(body.reason().trim()).detail("separated " + undone.mergedId()));
		audit.record(AuditEvent.of("UNMERGE", "PERSON", undone.mergedId()).person(undone.mergedId()).reason(body.reason().trim())
			.detail("separated from " + id));
		return undone;
	}

}
