package org.accord.people.internal;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.accord.people.SubjectAccessRequest;
import org.accord.people.SubjectAccessRequests;
import org.accord.platform.web.PlausibleDate;
import org.accord.sharing.PersonAccess;
import org.accord.sharing.PersonId;
import org.accord.sharing.Purpose;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The register and the export as JSON, on the same terms as the pages: information governance only. */
@RestController
class SubjectAccessApiController {

	/** {@code requesterRelationship} is given only when someone asks on the person's behalf. */
	record NewRequestBody(@NotBlank @Size(max = 200) String requesterName, @Size(max = 200) String requesterRelationship,
			@NotNull SubjectAccessRequest.IdentityCheck identityCheck, @NotBlank @Size(max = 500) String identityCheckDetail,
			@NotNull @PlausibleDate LocalDate receivedOn) {
	}

	private final SubjectAccessRequests requests;

	private final SubjectAccessExports exports;

	SubjectAccessApiController(SubjectAccessRequests requests, SubjectAccessExports exports) {
		this.requests = requests;
		this.exports = exports;
	}

	@GetMapping("/api/v1/people/{id}/subject-access")
	SubjectAccess.Export json(@PersonId(purpose = Purpose.GOVERNANCE) PersonAccess access,
			@RequestParam(required = false) UUID request) {
		return exports.export(access, request);
	}

	@GetMapping("/api/v1/people/{id}/subject-access-requests")
	List<SubjectAccessRequest> list(@PersonId(purpose = Purpose.GOVERNANCE) PersonAccess access) {
		return requests.forPerson(access);
	}

	@GetMapping("/api/v1/people/{id}/subject-access-requests/{requestId}")
	SubjectAccessRequest one(@PersonId(purpose = Purpose.GOVERNANCE) PersonAccess access,
			@org.springframework.web.bind.annotation.PathVariable UUID requestId) {
		return requests.find(access, requestId);
	}

	@PostMapping("/api/v1/people/{id}/subject-access-requests")
	ResponseEntity<SubjectAccessRequest> open(@PersonId(purpose = Purpose.GOVERNANCE) PersonAccess access,
			@Valid @RequestBody NewRequestBody body) {
		var opened = requests.open(access, new SubjectAccessRequests.NewRequest(body.requesterName().trim(),
				body.requesterRelationship() == null || body.requesterRelationship().isBlank() ? null
						: body.requesterRelationship().trim(),
				body.identityCheck(), body.identityCheckDetail().trim(), body.receivedOn()));
		return ResponseEntity.created(URI.create("/api/v1/people/" + access.personId() + "/subject-access-requests/"
				+ opened.id()))
			.body(opened);
	}

}
