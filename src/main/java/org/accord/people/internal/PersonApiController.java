package org.accord.people.internal;

import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.accord.audit.AuditEvent;
import org.accord.audit.AuditLog;
import org.accord.people.Involvement;
import org.accord.people.LeadProfessional;
import org.accord.people.People;
import org.accord.people.Person;
import org.accord.people.Relationship;
import org.accord.people.RelationshipType;
import org.accord.people.PersonMatch;
import org.accord.people.ProfileField;
import org.accord.platform.security.AccordPrincipal;
import org.accord.platform.security.CurrentUser;
import org.accord.platform.web.ConflictException;
import org.accord.platform.web.InvalidInputException;
import org.accord.platform.web.NotFoundException;
import org.accord.platform.web.Problems;
import org.accord.sharing.AccessDecision;
import org.accord.sharing.AccessPolicy;
import org.accord.sharing.InformationCategory;
import org.accord.sharing.Purpose;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
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
			@NotNull @PastOrPresent LocalDate dateOfBirth, @Size(max = 40) String gender,
			@Size(max = 12) @Pattern(regexp = "[A-Za-z0-9 ]*", message = "must be a postcode") String postcode,
			@Size(max = 100) String role, Map<String, String> profile) {
	}

	record ChangePerson(@NotNull Integer version, @Size(min = 1, max = 100) @Pattern(regexp = NAME, message = "must be a name") String givenName,
			@Size(min = 1, max = 100) @Pattern(regexp = NAME, message = "must be a name") String familyName,
			@PastOrPresent LocalDate dateOfBirth, @Size(max = 40) String gender,
			@Size(max = 12) @Pattern(regexp = "[A-Za-z0-9 ]*", message = "must be a postcode") String postcode,
			Map<String, String> profile) {
	}

	record Join(@NotBlank @Size(max = 100) String role) {
	}

	record Location(@NotBlank @Size(max = 500) String address) {
	}

	record Lead(@NotNull UUID agencyId, UUID workerUserId, @NotBlank @Size(max = 300) String agreedBy) {
	}

	record Created(String id) {
	}

	record Relate(@NotNull UUID personId, @NotNull RelationshipType type) {
	}

	record RelationshipView(String personId, String type, String name) {
	}

	record Matches(List<PersonMatch> items) {
	}

	private final People people;

	private final AccessPolicy policy;

	private final AuditLog audit;

	PersonApiController(People people, AccessPolicy policy, AuditLog audit) {
		this.people = people;
		this.policy = policy;
		this.audit = audit;
	}

	@PostMapping("/api/v1/people")
	@Transactional
	ResponseEntity<Created> create(@Valid @RequestBody CreatePerson body) {
		AccordPrincipal me = CurrentUser.require();
		Map<ProfileField, String> profile = ProfileInput.parse(body.profile(), "profile.", null);
		People.Draft draft = new People.Draft(body.givenName().trim(), body.familyName().trim(), body.dateOfBirth(),
				blankToNull(body.gender()), blankToNull(body.postcode()));
		UUID id = people.create(draft, me.agencyId(),
				body.role() == null || body.role().isBlank() ? "Recorded by " + me.agencyName() : body.role().trim(), me.userId());
		if (!profile.isEmpty()) {
			people.change(id, 0, draft, profile, me.agencyId(), me.userId());
		}
		audit.record(AuditEvent.of("CREATE", "PERSON", id).person(id));
		return ResponseEntity.created(URI.create("/api/v1/people/" + id)).body(new Created(id.toString()));
	}

	record Listed(String id, String givenName, String familyName, LocalDate dateOfBirth) {
	}

	record Page(List<Listed> items, int page, int size, long total) {
	}

	/** The people the caller's agency works with; nobody else's appear, whatever the name asked for. */
	@GetMapping("/api/v1/people")
	Page list(@RequestParam(required = false) @Size(max = 100) String q,
			@RequestParam(defaultValue = "0") @jakarta.validation.constraints.Min(value = 0, message = "must be 0 or more") int page,
			@RequestParam(defaultValue = "50") @jakarta.validation.constraints.Min(value = 1, message = "must be between 1 and 200")
			@jakarta.validation.constraints.Max(value = 200, message = "must be between 1 and 200") int size) {
		AccordPrincipal me = CurrentUser.require();
		People.Caseload caseload = people.caseload(me.agencyId(), q, page, size);
		List<Listed> items = caseload.items().stream()
			.filter(p -> policy.mayKnow(me, p.id()))
			.map(p -> new Listed(p.id().toString(), p.givenName(), p.familyName(), p.dateOfBirth()))
			.toList();
		audit.record(AuditEvent.of("LIST", "PERSON_INDEX", null).detail(items.size() + " people of " + me.agencyName() + " listed"));
		return new Page(items, page, size, caseload.total());
	}

	/** Search before create: across all agencies, showing only name, year of birth and postcode district. */
	@GetMapping("/api/v1/people/matches")
	Matches matches(@RequestParam @Size(min = 1, max = 100) String givenName, @RequestParam @Size(min = 1, max = 100) String familyName,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dateOfBirth,
			@RequestParam(required = false) @Size(max = 12) String postcode) {
		List<PersonMatch> found = people.matches(givenName, familyName, dateOfBirth, postcode);
		audit.record(AuditEvent.of("SEARCH", "PERSON_INDEX", null).detail(found.size() + " possible matches shown"));
		return new Matches(found);
	}

	/** A record merged into another answers 301 with the record it is now part of, to those who may see that one. */
	@GetMapping("/api/v1/people/{id}")
	ResponseEntity<Map<String, Object>> read(@PathVariable UUID id) {
		if (people.find(id).isEmpty()) {
			UUID kept = people.mergedInto(id).orElseThrow(() -> new NotFoundException("Person"));
			if (!policy.decide(CurrentUser.require(), kept, Purpose.VIEW).anyVisible()) {
				throw new NotFoundException("Person");
			}
			return ResponseEntity.status(301).location(URI.create("/api/v1/people/" + kept))
				.body(Map.of("mergedInto", kept.toString()));
		}
		return ResponseEntity.ok(get(id));
	}

	Map<String, Object> get(UUID id) {
		Person person = people.find(id).orElseThrow(() -> new NotFoundException("Person"));
		AccessDecision decision = policy.decide(CurrentUser.require(), id, Purpose.VIEW);
		if (!decision.anyVisible()) {
			throw new NotFoundException("Person");
		}
		Map<String, Object> view = new LinkedHashMap<>();
		view.put("id", person.id().toString());
		if (decision.canSee(InformationCategory.CORE_PROFILE)) {
			view.put("givenName", person.givenName());
			view.put("familyName", person.familyName());
			view.put("dateOfBirth", person.dateOfBirth());
			view.put("gender", person.gender());
		}
		var profileValues = people.profile(id);
		if (profileValues.containsKey(ProfileField.POSTCODE) && profileValues.get(ProfileField.POSTCODE).visibleUnder(decision)) {
			view.put("postcode", person.postcode());
		}
		if (decision.canSee(InformationCategory.CONFIDENTIAL_LOCATION)) {
			people.confidentialLocationHeldBy(id, CurrentUser.require().agencyId())
				.ifPresent(address -> view.put("confidentialLocation", Map.of("address", address, "heldBy", CurrentUser.require().agencyName())));
		}
		if (decision.canSee(InformationCategory.CORE_PROFILE)) {
			people.leadProfessional(id).ifPresent(lead -> view.put("leadProfessional", lead));
		}
		Map<String, Object> profile = new LinkedHashMap<>();
		profileValues.values().stream().filter(v -> v.visibleUnder(decision)).forEach(v -> {
			Map<String, Object> field = new LinkedHashMap<>();
			field.put("value", v.value());
			field.put("source", v.sourceAgencyName());
			field.put("updatedAt", v.updatedAt());
			profile.put(v.field().key(), field);
		});
		view.put("profile", profile);
		view.put("version", person.version());
		view.put("withheld", decision.withheldCategories());
		Map<String, String> grounds = new LinkedHashMap<>();
		decision.visible().forEach((category, why) -> grounds.put(category.name(), why));
		view.put("grounds", grounds);
		return view;
	}

	@PatchMapping("/api/v1/people/{id}")
	@Transactional
	Map<String, Object> change(@PathVariable UUID id, @Valid @RequestBody ChangePerson body) {
		Person person = people.find(id).orElseThrow(() -> new NotFoundException("Person"));
		AccessDecision decision = policy.decide(CurrentUser.require(), id, Purpose.CHANGE);
		if (!decision.anyVisible()) {
			throw new NotFoundException("Person");
		}
		boolean touchesContact = body.postcode() != null;
		if (!decision.canSee(InformationCategory.CORE_PROFILE) || (touchesContact && !decision.canSee(InformationCategory.CONTACT))) {
			throw new InvalidInputException(List.of(new Problems.FieldMessage("postcode", "you may not change this category")));
		}
		Map<ProfileField, String> profile = ProfileInput.parse(body.profile(), "profile.", decision);
		ProfileInput.refuseHidden(profile.keySet(), people.profile(id), decision, "profile.");
		if (body.postcode() != null) {
			ProfileInput.refuseHidden(java.util.Set.of(ProfileField.POSTCODE), people.profile(id), decision, "");
		}
		if (body.version() != person.version()) {
			throw new ConflictException("This record was changed by someone else since you read it; nothing was saved");
		}
		AccordPrincipal me = CurrentUser.require();
		var changed = people.change(id, body.version(), new People.Draft(
				body.givenName() != null ? body.givenName().trim() : person.givenName(),
				body.familyName() != null ? body.familyName().trim() : person.familyName(),
				body.dateOfBirth() != null ? body.dateOfBirth() : person.dateOfBirth(),
				body.gender() != null ? blankToNull(body.gender()) : person.gender(),
				body.postcode() != null ? blankToNull(body.postcode()) : person.postcode()), profile, me.agencyId(), me.userId());
		// Field names only: the values themselves (a code word, a safe number) never go into the audit trail.
		audit.record(AuditEvent.of("UPDATE", "PERSON", id).person(id)
			.detail("changed: " + changed.stream().map(ProfileField::key).toList()));
		return get(id);
	}

	/** Records the location (a refuge address) as held by the caller's agency, which alone will ever see it. */
	@org.springframework.web.bind.annotation.PutMapping("/api/v1/people/{id}/confidential-location")
	@Transactional
	Map<String, String> holdLocation(@PathVariable UUID id, @Valid @RequestBody Location body) {
		people.find(id).orElseThrow(() -> new NotFoundException("Person"));
		AccordPrincipal me = CurrentUser.require();
		if (!policy.decide(me, id, Purpose.CHANGE).canSee(InformationCategory.CONFIDENTIAL_LOCATION)) {
			throw new NotFoundException("Person");
		}
		people.holdConfidentialLocation(id, me.agencyId(), body.address().trim(), me.userId());
		audit.record(AuditEvent.of("UPDATE", "CONFIDENTIAL_LOCATION", id).person(id).detail("held by " + me.agencyName()));
		return Map.of("heldBy", me.agencyName());
	}

	/**
	 * Agrees the lead professional: one of the involved agencies (and, optionally, its worker), with who agreed
	 * it, which is required, so the person never has to co-ordinate the agencies themself.
	 */
	@org.springframework.web.bind.annotation.PutMapping("/api/v1/people/{id}/lead-professional")
	@Transactional
	LeadProfessional lead(@PathVariable UUID id, @Valid @RequestBody Lead body) {
		people.find(id).orElseThrow(() -> new NotFoundException("Person"));
		AccordPrincipal me = CurrentUser.require();
		if (!policy.decide(me, id, Purpose.CHANGE).canSee(InformationCategory.CORE_PROFILE)) {
			throw new NotFoundException("Person");
		}
		var involvement = people.involvements(id).stream()
			.filter(i -> i.agencyId().equals(body.agencyId()) && i.endedOn() == null)
			.findFirst()
			.orElseThrow(() -> new InvalidInputException(List.of(new Problems.FieldMessage("agencyId",
					"must be an agency involved with the person"))));
		if (body.workerUserId() != null && people.involvements(id).stream()
			.noneMatch(i -> body.workerUserId().equals(i.workerUserId()) && i.agencyId().equals(body.agencyId()))) {
			throw new InvalidInputException(List.of(new Problems.FieldMessage("workerUserId",
					"must be the named worker of that agency's involvement")));
		}
		people.setLeadProfessional(id, involvement.agencyId(), body.workerUserId(), body.agreedBy().trim(), me.userId());
		audit.record(AuditEvent.of("LEAD_PROFESSIONAL", "PERSON", id).person(id)
			.reason(body.agreedBy().trim()).detail("lead: " + involvement.agencyName()));
		return people.leadProfessional(id).orElseThrow();
	}

	/** The caller's agency joins a person it found through the matches; audited like any access. */
	@PostMapping("/api/v1/people/{id}/involvements")
	@Transactional
	ResponseEntity<Map<String, Object>> join(@PathVariable UUID id, @Valid @RequestBody Join body) {
		people.find(id).orElseThrow(() -> new NotFoundException("Person"));
		AccordPrincipal me = CurrentUser.require();
		boolean added = people.involve(id, me.agencyId(), body.role().trim(), me.userId());
		audit.record(AuditEvent.of("INVOLVE", "PERSON", id).person(id).detail(added ? "agency joined" : "already involved"));
		return ResponseEntity.status(added ? 201 : 200).body(Map.of("personId", id.toString(), "agencyId", me.agencyId().toString()));
	}

	@GetMapping("/api/v1/people/{id}/involvements")
	Map<String, List<Involvement>> involvements(@PathVariable UUID id) {
		people.find(id).orElseThrow(() -> new NotFoundException("Person"));
		AccessDecision decision = policy.decide(CurrentUser.require(), id, Purpose.VIEW);
		if (!decision.canSee(InformationCategory.CORE_PROFILE)) {
			throw new NotFoundException("Person");
		}
		return Map.of("items", people.involvements(id));
	}

	@PostMapping("/api/v1/people/{id}/relationships")
	@Transactional
	ResponseEntity<RelationshipView> relate(@PathVariable UUID id, @Valid @RequestBody Relate body) {
		AccordPrincipal me = CurrentUser.require();
		people.find(id).orElseThrow(() -> new NotFoundException("Person"));
		if (!policy.decide(me, id, Purpose.CHANGE).canSee(InformationCategory.CORE_PROFILE)) {
			throw new NotFoundException("Person");
		}
		Person other = people.find(body.personId()).filter(p -> policy.decide(me, p.id(), Purpose.CHANGE).canSee(InformationCategory.CORE_PROFILE))
			.orElseThrow(() -> new InvalidInputException(List.of(new Problems.FieldMessage("personId",
					"is not a person your agency works with; join their record first"))));
		if (other.id().equals(id)) {
			throw new InvalidInputException(List.of(new Problems.FieldMessage("personId", "must be another person")));
		}
		people.relate(id, other.id(), body.type(), me.agencyId());
		audit.record(AuditEvent.of("RELATE", "PERSON", id).person(id).detail(body.type() + " " + other.id()));
		return ResponseEntity.status(201).body(new RelationshipView(other.id().toString(), body.type().name(),
				other.givenName() + " " + other.familyName()));
	}

	/**
	 * The person's relationships, each shown only when the caller has grounds for the related person
	 * too. So from a perpetrator's record nobody reaches the victim unless they could already see her.
	 */
	@GetMapping("/api/v1/people/{id}/relationships")
	Map<String, List<RelationshipView>> relationships(@PathVariable UUID id) {
		AccordPrincipal me = CurrentUser.require();
		people.find(id).orElseThrow(() -> new NotFoundException("Person"));
		if (!policy.decide(me, id, Purpose.VIEW).canSee(InformationCategory.CORE_PROFILE)) {
			throw new NotFoundException("Person");
		}
		List<RelationshipView> items = new java.util.ArrayList<>();
		for (Relationship r : people.relationships(id)) {
			if (!policy.mayKnow(me, r.relatedPersonId())) {
				continue;
			}
			if (policy.decide(me, r.relatedPersonId(), Purpose.VIEW).canSee(InformationCategory.CORE_PROFILE)) {
				people.find(r.relatedPersonId()).ifPresent(p -> items.add(new RelationshipView(p.id().toString(), r.type().name(),
						p.givenName() + " " + p.familyName())));
			}
		}
		return Map.of("items", items);
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

}
