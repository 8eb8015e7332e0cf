package org.accord.people.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.accord.people.Involvement;
import org.accord.people.Involvements;
import org.accord.people.JoinGrounds;
import org.accord.people.LeadProfessional;
import org.accord.platform.web.InvalidInputException;
import org.accord.platform.web.Problems;
import org.accord.sharing.PersonAccess;
import org.accord.sharing.PersonId;
import org.accord.sharing.Purpose;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who works with a person over the API: joining on grounds, ending with the support in place, and the lead
 * professional.
 */
@RestController
class InvolvementApiController {

	record Join(@Size(max = 100) String role, @NotNull JoinGrounds grounds, @NotBlank @Size(max = 1000) String reason) {
	}

	record End(@NotBlank @Size(max = 1000) String reason, @NotBlank @Size(max = 1000) String ongoingSupport) {
	}

	record Lead(@NotNull UUID agencyId, UUID workerUserId, @NotBlank @Size(max = 300) String agreedBy) {
	}

	private final Involvements involvements;

	InvolvementApiController(Involvements involvements) {
		this.involvements = involvements;
	}

	/**
	 * The caller's agency joins a person it found through the matches, on recorded grounds; the lead professional is told.
	 */
	@PostMapping("/api/v1/people/{id}/involvements")
	ResponseEntity<Map<String, Object>> join(@PersonId(purpose = Purpose.JOIN) PersonAccess access,
			@Valid @RequestBody Join body) {
		if (body.grounds() == JoinGrounds.CREATED_RECORD) {
			throw new InvalidInputException(List.of(new Problems.FieldMessage("grounds", "must be the grounds for joining")));
		}
		String role = body.role() == null || body.role().isBlank() ? "Practitioner at " + access.user().agencyName()
				: body.role().trim();
		boolean added = involvements.join(access, body.grounds(), body.reason().trim(), role);
		return ResponseEntity.status(added ? 201 : 200)
			.body(Map.of("personId", access.personId().toString(), "agencyId", access.agencyId().toString()));
	}

	@PostMapping("/api/v1/people/{id}/involvements/end")
	Involvement end(PersonAccess access, @Valid @RequestBody End body) {
		return involvements.end(access, body.reason().trim(), body.ongoingSupport().trim());
	}

	@GetMapping("/api/v1/people/{id}/involvements")
	Map<String, List<Involvement>> involvements(PersonAccess access) {
		return Map.of("items", involvements.visibleTo(access));
	}

	/**
	 * Agrees the lead professional: one of the involved agencies (and, optionally, its worker), with who agreed
	 * it, which is required, so the person never has to co-ordinate the agencies themself.
	 */
	@PutMapping("/api/v1/people/{id}/lead-professional")
	LeadProfessional lead(PersonAccess access, @Valid @RequestBody Lead body) {
		return involvements.agreeLead(access, body.agencyId(), body.workerUserId(), body.agreedBy().trim());
	}

}
