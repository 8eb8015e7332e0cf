package org.accord.people.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.accord.people.ConfidentialLocations;
import org.accord.people.People;
import org.accord.people.Person;
import org.accord.people.RelationshipType;
import org.accord.people.Relationships;
import org.accord.sharing.PersonAccess;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The household and relationships, and the confidential location held by the caller's agency, over the API. */
@RestController
class RelationshipApiController {

	record Relate(@NotNull UUID personId, @NotNull RelationshipType type) {
	}

	record RelationshipView(String personId, String type, String name) {
	}

	record Location(@NotBlank @Size(max = 500) String address) {
	}

	private final People people;

	private final ConfidentialLocations locations;

	private final Relationships relationships;

	RelationshipApiController(People people, ConfidentialLocations locations, Relationships relationships) {
		this.people = people;
		this.locations = locations;
		this.relationships = relationships;
	}

	/** Both people must be people the caller's agency works with now: a relationship is written about both. */
	@PostMapping("/api/v1/people/{id}/relationships")
	ResponseEntity<RelationshipView> relate(PersonAccess access, @Valid @RequestBody Relate body) {
		relationships.relate(access, body.personId(), body.type());
		Person other = people.find(body.personId()).orElseThrow();
		return ResponseEntity.status(201).body(new RelationshipView(other.id().toString(), body.type().name(),
				other.givenName() + " " + other.familyName()));
	}

	/**
	 * The person's relationships, each shown only when the caller has grounds for the related person
	 * too. So from a perpetrator's record nobody reaches the victim unless they could already see her.
	 */
	@GetMapping("/api/v1/people/{id}/relationships")
	Map<String, List<RelationshipView>> relationships(PersonAccess access) {
		return Map.of("items", relationships.visibleTo(access).stream()
			.map(k -> new RelationshipView(k.personId().toString(), k.type().name(), k.name()))
			.toList());
	}

	/** Records the location (a refuge address) as held by the caller's agency, which alone will ever see it. */
	@PutMapping("/api/v1/people/{id}/confidential-location")
	Map<String, String> holdLocation(PersonAccess access, @Valid @RequestBody Location body) {
		locations.hold(access, body.address().trim());
		return Map.of("heldBy", access.user().agencyName());
	}

}
