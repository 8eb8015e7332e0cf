package org.accord.people;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The household and other relationships between people, stored once and read from both sides. */
@Component
public class Relationships {

	private final JdbcClient jdbc;

	private final org.accord.sharing.AccessPolicy policy;

	private final org.accord.audit.AuditLog audit;

	private final People people;

	/** A relationship as a user may see it: the related person's name, and what they are to this one. */
	public record Known(UUID personId, String name, RelationshipType type) {
	}

	Relationships(JdbcClient jdbc, org.accord.sharing.AccessPolicy policy, org.accord.audit.AuditLog audit,
			People people) {
		this.people = people;
		this.jdbc = jdbc;
		this.policy = policy;
		this.audit = audit;
	}

	/**
	 * The user records that {@code relatedId} is the {@code type} of the person they opened. A relationship is
	 * written about both people, so the user's agency must work with both now; refused, naming
	 * {@code personId}, otherwise. Audited on both records.
	 */
	@org.springframework.transaction.annotation.Transactional
	public void relate(org.accord.sharing.PersonAccess access, UUID relatedId, RelationshipType type) {
		access.requireWrite();
		if (relatedId.equals(access.personId())) {
			throw new org.accord.platform.web.InvalidInputException(
					List.of(new org.accord.platform.web.Problems.FieldMessage("personId",
							"must be another person")));
		}
		if (!policy.mayWrite(access.user(), relatedId)) {
			throw new org.accord.platform.web.InvalidInputException(
					List.of(new org.accord.platform.web.Problems.FieldMessage("personId",
							"is not a person your agency works with; join their record first")));
		}
		relate(access.personId(), relatedId, type, access.agencyId());
		audit.record(org.accord.audit.AuditEvent.of("RELATE", "PERSON", access.personId()).person(access.personId())
			.detail(type + " " + relatedId));
		audit.record(org.accord.audit.AuditEvent.of("RELATE", "PERSON", relatedId).person(relatedId)
				.detail(type.inverse() + " " + access.personId()));
	}

	/**
	 * Records as given (the demo data and tests) that {@code relatedId} is the {@code type} of {@code personId}; the
	 * inverse needs no second row.
	 */
	public void relate(UUID personId, UUID relatedId, RelationshipType type, UUID agencyId) {
		RelationshipType stored = type == RelationshipType.CARED_FOR ? RelationshipType.CARER : type;
		UUID from = type == RelationshipType.CARED_FOR ? relatedId : personId;
		UUID to = type == RelationshipType.CARED_FOR ? personId : relatedId;
		jdbc.sql("""
				insert into relationship (id, person_id, related_person_id, type, recorded_by_agency_id)
				values (?, ?, ?, ?, ?) on conflict do nothing""")
			.params(UUID.randomUUID(), from, to, stored.name(), agencyId)
			.update();
	}

	/** Every relationship of the person, seen from their side. */
	public List<Relationship> relationships(UUID personId) {
		return jdbc.sql("""
				select r.person_id in """ + People.FAMILY + """
				as outward, r.person_id, r.related_person_id, r.type,
				  coalesce(fm.merged_into, fm.id) as from_id, coalesce(tm.merged_into, tm.id) as to_id
				from relationship r join person fm on fm.id = r.person_id join person tm on tm.id = r.related_person_id
				where r.person_id in """ + People.FAMILY + """
				or r.related_person_id in """ + People.FAMILY + """
				order by r.created_at""")
			.param("p", personId)
			.query((rs, n) -> {
				// Either end may itself be a merged record: it is shown as the record it was merged into.
				boolean outward = rs.getBoolean("outward");
				UUID other = rs.getObject(outward ? "to_id" : "from_id", UUID.class);
				RelationshipType type = RelationshipType.valueOf(rs.getString("type"));
				return new Relationship(personId, other, outward ? type : type.inverse());
			})
			.list()
			.stream()
			.filter(r -> !r.relatedPersonId().equals(personId))
			.distinct()
			.toList();
	}

	/**
	 * The person's relationships, each only when the user has grounds for the related person too: from a
	 * perpetrator's record nobody reaches the victim unless they could already see her.
	 */
	public List<Known> visibleTo(org.accord.sharing.PersonAccess access) {
		if (!access.canSee(org.accord.sharing.InformationCategory.CORE_PROFILE)) {
			return List.of();
		}
		// Naming the related person is not opening their record: one row in their access log says where they were named.
		List<Known> known = relationships(access.personId()).stream()
			.filter(r -> policy.mayKnow(access.user(), r.relatedPersonId()))
			.flatMap(r -> people.find(r.relatedPersonId()).stream()
				.map(p -> new Known(p.id(), p.givenName() + " " + p.familyName(), r.type())))
			.toList();
		known.forEach(k -> audit.record(org.accord.audit.AuditEvent.of("NAMED", "RELATIONSHIP", access.personId())
			.person(k.personId()).detail("named as " + k.type() + " on a related person's record")));
		return known;
	}

}
