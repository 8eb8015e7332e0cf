package org.accord.people.internal;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.accord.people.People;
import org.accord.people.Person;
import org.accord.people.PersonIdentifier;
import org.accord.people.PersonMatch;
import org.accord.people.PersonSearch;
import org.accord.people.ProfileField;
import org.accord.people.Profiles;
import org.accord.platform.security.AccordPrincipal;
import org.accord.platform.security.CurrentUser;
import org.accord.platform.web.BirthDate;
import org.accord.platform.web.ConflictException;
import org.accord.platform.web.InvalidInputException;
import org.accord.platform.web.Problems;
import org.accord.sharing.InformationCategory;
import org.accord.sharing.PersonAccess;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The person index over the API. Every answer about a person comes from the access policy's decision. */
@RestController
class PersonApiController {

	static final String NAME = "[\\p{L}][\\p{L} '\\-.]{0,99}";

	record CreatePerson(@NotBlank @Size(max = 100) @Pattern(regexp = NAME, message = "must be a name") String givenName,
			@NotBlank @Size(max = 100) @Pattern(regexp = NAME, message = "must be a name") String familyName,
			@NotNull @BirthDate LocalDate dateOfBirth, @Size(max = 40) String gender,
			@Size(max = 12) @Pattern(regexp = "[A-Za-z0-9 ]*", message = "must be a postcode") String postcode,
			@Size(max = 100) String role, Map<String, String> profile) {
	}

	record ChangePerson(@NotNull Integer version,
			@Size(min = 1, max = 100) @Pattern(regexp = NAME, message = "must be a name") String givenName,
			@Size(min = 1, max = 100) @Pattern(regexp = NAME, message = "must be a name") String familyName,
			@BirthDate LocalDate dateOfBirth, @Size(max = 40) String gender,
			@Size(max = 12) @Pattern(regexp = "[A-Za-z0-9 ]*", message = "must be a postcode") String postcode,
			Map<String, String> profile) {
	}

	record Created(String id) {
	}

	record Matches(List<PersonMatch> items) {
	}

	record Listed(String id, String givenName, String familyName, LocalDate dateOfBirth) {
	}

	record Page(List<Listed> items, int page, int size, long total) {
	}

	private final People people;

	private final Profiles profiles;

	private final PersonSearch search;

	private final PersonView views;

	PersonApiController(People people, Profiles profiles, PersonSearch search, PersonView views) {
		this.people = people;
		this.profiles = profiles;
		this.search = search;
		this.views = views;
	}

	@PostMapping("/api/v1/people")
	ResponseEntity<Created> create(@Valid @RequestBody CreatePerson body) {
		AccordPrincipal me = CurrentUser.require();
		search.requireCaseworker(me);
		Map<ProfileField, String> profile = ProfileInput.parse(body.profile(), "profile.", null);
		People.Draft draft = new People.Draft(body.givenName().trim(), body.familyName().trim(), body.dateOfBirth(),
				blankToNull(body.gender()), blankToNull(body.postcode()));
		UUID id = search.create(me, draft,
				body.role() == null || body.role().isBlank() ? "Recorded by " + me.agencyName() : body.role().trim(), profile);
		return ResponseEntity.created(URI.create("/api/v1/people/" + id)).body(new Created(id.toString()));
	}

	/** The people the caller's agency works with; nobody else's appear, whatever the name asked for. */
	@GetMapping("/api/v1/people")
	Page list(@RequestParam(required = false) @Size(max = 100) String q,
			@RequestParam(defaultValue = "0") @jakarta.validation.constraints.Min(value = 0,
					message = "must be 0 or more") int page,
			@RequestParam(defaultValue = "50") @jakarta.validation.constraints.Min(value = 1,
					message = "must be between 1 and 200")
			@jakarta.validation.constraints.Max(value = 200, message = "must be between 1 and 200") int size) {
		People.Caseload caseload = search.caseload(CurrentUser.require(), q, page, size);
		List<Listed> items = caseload.items().stream()
			.map(p -> new Listed(p.id().toString(), p.givenName(), p.familyName(), p.dateOfBirth()))
			.toList();
		return new Page(items, page, size, caseload.total());
	}

	/** Search before create, for practitioners and agency managers: name, year of birth and postcode district only. */
	@GetMapping("/api/v1/people/matches")
	Matches matches(@RequestParam(required = false) @Size(min = 1, max = 100) String givenName,
			@RequestParam(required = false) @Size(min = 1, max = 100) String familyName,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @BirthDate LocalDate dateOfBirth,
			@RequestParam(required = false) @Size(max = 12) String postcode,
			@RequestParam(required = false) @Size(max = 80) String identifier) {
		if (identifier == null) {
			if (givenName == null || familyName == null) {
				throw new org.accord.platform.web.InvalidFieldException(givenName == null ? "givenName" : "familyName",
						"give the name, or an identifier as TYPE:VALUE");
			}
			return new Matches(search.matches(CurrentUser.require(), givenName, familyName, dateOfBirth, postcode));
		}
		int colon = identifier.indexOf(':');
		PersonIdentifier.Type type = colon < 0 ? null : java.util.Arrays.stream(PersonIdentifier.Type.values())
			.filter(t -> t.name().equals(identifier.substring(0, colon))).findFirst().orElse(null);
		if (type == null) {
			throw new org.accord.platform.web.InvalidFieldException("identifier",
					"must be TYPE:VALUE, with TYPE one of " + java.util.Arrays.toString(PersonIdentifier.Type.values()));
		}
		return new Matches(search.matches(CurrentUser.require(), type, identifier.substring(colon + 1), givenName, familyName,
				dateOfBirth, postcode));
	}

	/** A record merged into another answers 301 with the record it is now part of, to those who may see that one. */
	@GetMapping("/api/v1/people/{id}")
	Map<String, Object> read(PersonAccess access) {
		return views.of(access);
	}

	@PatchMapping("/api/v1/people/{id}")
	Map<String, Object> change(PersonAccess access, @Valid @RequestBody ChangePerson body) {
		Person person = people.find(access.personId()).orElseThrow();
		if (body.postcode() != null && !access.canSee(InformationCategory.CONTACT)) {
			throw new InvalidInputException(List.of(new Problems.FieldMessage("postcode", "you may not change this category")));
		}
		Map<ProfileField, String> profile = ProfileInput.parse(body.profile(), "profile.", access.decision());
		ProfileInput.refuseHidden(profile.keySet(), profiles.profile(person.id()), access.decision(), "profile.");
		if (body.postcode() != null) {
			ProfileInput.refuseHidden(java.util.Set.of(ProfileField.POSTCODE), profiles.profile(person.id()), access.decision(),
					"");
		}
		if (body.version() != person.version()) {
			throw new ConflictException("This record was changed by someone else since you read it; nothing was saved");
		}
		profiles.change(access, body.version(), new People.Draft(
				body.givenName() != null ? body.givenName().trim() : person.givenName(),
				body.familyName() != null ? body.familyName().trim() : person.familyName(),
				body.dateOfBirth() != null ? body.dateOfBirth() : person.dateOfBirth(),
				body.gender() != null ? blankToNull(body.gender()) : person.gender(),
				body.postcode() != null ? blankToNull(body.postcode()) : person.postcode()), profile);
		return views.of(access);
	}

	static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

}
