package org.accord.people.internal;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.accord.people.PersonIdentifier;
import org.accord.people.PersonIdentifiers;
import org.accord.sharing.PersonAccess;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The identifiers other services know a person by: added by an agency that works with them, seen by category. */
@RestController
class IdentifierApiController {

	record NewIdentifier(@NotNull PersonIdentifier.Type type, @NotBlank @Size(max = 60) String value) {
	}

	private final PersonIdentifiers identifiers;

	IdentifierApiController(PersonIdentifiers identifiers) {
		this.identifiers = identifiers;
	}

	@GetMapping("/api/v1/people/{id}/identifiers")
	Map<String, List<PersonIdentifier>> list(PersonAccess access) {
		return Map.of("items", identifiers.visibleTo(access));
	}

	@PostMapping("/api/v1/people/{id}/identifiers")
	ResponseEntity<PersonIdentifier> add(PersonAccess access,
			@Valid @RequestBody NewIdentifier body) {
		var added = identifiers.add(access, body.type(), body.value());
		return ResponseEntity.created(URI.create("/api/v1/people/" + access.personId() + "/identifiers")).body(added);
	}

}
