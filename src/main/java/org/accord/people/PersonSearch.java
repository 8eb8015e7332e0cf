package org.accord.people;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.accord.audit.AuditActions;
import org.accord.audit.AuditEvent;
import org.accord.audit.AuditLog;
import org.accord.platform.security.AccordPrincipal;
import org.accord.platform.security.Role;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Searching the whole person index, which is for case work: practitioners and agency managers search
 * before they create, and information governance finds a person for a request. Every search records
 * the ids it returned, so each person's access log shows who found them.
 */
@Component
public class PersonSearch {

	private final People people;

	private final PersonMatching matching;

	private final AuditLog audit;

	private final Profiles profiles;

	private final org.accord.sharing.AccessPolicy policy;

	PersonSearch(People people, PersonMatching matching, AuditLog audit, Profiles profiles,
			org.accord.sharing.AccessPolicy policy) {
		this.profiles = profiles;
		this.policy = policy;
		this.people = people;
		this.matching = matching;
		this.audit = audit;
	}

	public void requireCaseworker(AccordPrincipal user) {
		if (!user.caseworker()) {
			throw new AccessDeniedException("The person index is for practitioners and agency managers");
		}
	}

	/** Search before create: likely matches across all agencies, each recorded as shown to this user. */
	@Transactional
	public List<PersonMatch> matches(AccordPrincipal user, String givenName, String familyName, LocalDate dateOfBirth,
			String postcode) {
		requireCaseworker(user);
		return recorded(matching.matches(givenName, familyName, dateOfBirth, postcode));
	}

	/** The same, starting from an identifier: an exact match ranks first. */
	@Transactional
	public List<PersonMatch> matches(AccordPrincipal user, PersonIdentifier.Type type, String value, String givenName,
			String familyName, LocalDate dateOfBirth, String postcode) {
		requireCaseworker(user);
		return recorded(matching.matches(type, value, givenName, familyName, dateOfBirth, postcode));
	}

	private List<PersonMatch> recorded(List<PersonMatch> found) {
		audit.record(AuditEvent.of("SEARCH", "PERSON_INDEX", null).detail(found.size() + " possible matches shown"));
		found.forEach(m -> audit.record(AuditEvent.of(AuditActions.SEARCH_RESULT, AuditActions.PERSON, m.id()).person(m.id())
			.detail("appeared in a search before creating a record")));
		return found;
	}

	/**
	 * Records someone new after a search found no match: the user's agency becomes involved, with the role
	 * given, and is the source of the profile values given.
	 */
	@Transactional
	public UUID create(AccordPrincipal user, People.Draft draft, String role,
			java.util.Map<ProfileField, String> profile) {
		requireCaseworker(user);
		UUID id = people.create(draft, user.agencyId(), role, user.userId());
		if (!profile.isEmpty()) {
			profiles.change(id, 0, draft, profile, user.agencyId(), user.userId());
		}
		audit.record(AuditEvent.of("CREATE", "PERSON", id).person(id));
		return id;
	}

	/** A page of the people the user's agency works with, leaving out any the user may not know of. */
	@Transactional
	public People.Caseload caseload(AccordPrincipal user, String text, int page, int size) {
		requireCaseworker(user);
		People.Caseload caseload = people.caseload(user.agencyId(), text, page, size);
		List<Person> items = caseload.items().stream().filter(p -> policy.mayKnow(user, p.id())).toList();
		audit.record(AuditEvent.of("LIST", "PERSON_INDEX", null)
				.detail(items.size() + " people of " + user.agencyName() + " listed"));
		return new People.Caseload(items, caseload.total());
	}

	/** Anyone whose name contains the text, for information governance answering a request about a person. */
	@Transactional
	public List<Person> forGovernance(AccordPrincipal user, String text) {
		if (!user.hasRole(Role.INFORMATION_GOVERNANCE)) {
			throw new AccessDeniedException("Information governance only");
		}
		List<Person> found = people.byNameForGovernance(text, 50);
		audit.record(AuditEvent.of("SEARCH", "PERSON_INDEX", null).detail("governance: " + found.size() + " people listed"));
		found.forEach(p -> audit.record(AuditEvent.of(AuditActions.SEARCH_RESULT, AuditActions.PERSON, p.id()).person(p.id())
			.detail("appeared in a search by information governance")));
		return found;
	}

}
