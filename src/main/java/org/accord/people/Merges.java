package org.accord.people;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.accord.platform.web.ConflictException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Merging duplicate records of one person by pointer, and undoing it: both histories are kept. */
@Component
public class Merges {

	private final JdbcClient jdbc;

	private final People people;

	private final Relationships relationships;

	private final org.accord.sharing.AccessPolicy policy;

	private final org.accord.audit.AuditLog audit;

	Merges(JdbcClient jdbc, People people, Relationships relationships, org.accord.sharing.AccessPolicy policy,
			org.accord.audit.AuditLog audit) {
		this.jdbc = jdbc;
		this.people = people;
		this.relationships = relationships;
		this.policy = policy;
		this.audit = audit;
	}

	/**
	 * The user merges the duplicate into the record they opened, with a reason: their agency must work with
	 * both records now, so nobody merges, or reads through a merge, what they could not see. Both records'
	 * trails show it. Refused, naming {@code duplicateId}, for a record the user may not change.
	 */
	@Transactional
	public UUID merge(org.accord.sharing.PersonAccess kept, UUID duplicateId, String reason) {
		kept.requireWrite();
		var me = kept.user();
		if (duplicateId == null || people.find(duplicateId).isEmpty() || !policy.mayWrite(me, duplicateId)
				|| !policy.decide(me, duplicateId, org.accord.sharing.Purpose.CHANGE).anyVisible()) {
			throw new org.accord.platform.web.InvalidInputException(
					List.of(new org.accord.platform.web.Problems.FieldMessage("duplicateId",
							"is not a record you may change; your agency must be involved with both records")));
		}
		UUID merge = merge(kept.personId(), duplicateId, reason, me.userId());
		audit.record(org.accord.audit.AuditEvent.of("MERGE", "PERSON", kept.personId()).person(kept.personId()).reason(reason)
			.detail("merged in " + duplicateId));
		audit.record(org.accord.audit.AuditEvent.of("MERGE", "PERSON", duplicateId).person(duplicateId).reason(reason)
			.detail("merged into " + kept.personId()));
		return merge;
	}

	/** The user undoes a merge into the record they opened, with a reason; both records' trails show it. */
	@Transactional
	public PersonMerge unmerge(org.accord.sharing.PersonAccess kept, UUID mergeId, String reason) {
		kept.requireWrite();
		PersonMerge undone = unmerge(kept.personId(), mergeId, reason, kept.user().userId());
		audit.record(org.accord.audit.AuditEvent.of("UNMERGE", "PERSON", kept.personId()).person(kept.personId())
				.reason(reason)
			.detail("separated " + undone.mergedId()));
		audit.record(org.accord.audit.AuditEvent.of("UNMERGE", "PERSON", undone.mergedId()).person(undone.mergedId())
				.reason(reason)
			.detail("separated from " + kept.personId()));
		return undone;
	}

	/**
	 * Makes {@code duplicateId} part of {@code keptId} as given (the demo data and tests; a user merges through
	 * {@link #merge(org.accord.sharing.PersonAccess, UUID, String)}): both histories are kept and read as one. Refused
	 * when the two are recorded as each other's perpetrator and victim, which would join the compartments.
	 */
	@Transactional
	public UUID merge(UUID keptId, UUID duplicateId, String reason, UUID userId) {
		whyNotMerge(keptId, duplicateId).ifPresent(rule -> {
			throw new org.accord.platform.web.BusinessRuleException(rule);
		});
		Person kept = people.find(keptId).orElseThrow(() -> new org.accord.platform.web.NotFoundException("Person"));
		List<UUID> carried = jdbc.sql("select id from person where merged_into = ?").param(duplicateId).query(UUID.class)
			.list();
		jdbc.sql("update person set merged_into = ? where merged_into = ?").params(keptId, duplicateId).update();
		if (jdbc.sql("update person set merged_into = ?, updated_at = now(), version = version + 1 where id = ? "
				+ "and merged_into is null")
			.params(keptId, duplicateId).update() == 0) {
			// The row lock makes a second merge of the same record wait for the first, then find it merged.
			throw new ConflictException("This record was merged a moment ago by someone else; nothing was changed");
		}
		jdbc.sql("update person set updated_at = now(), version = version + 1 where id = ? and version = ?")
			.params(keptId, kept.version()).update();
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into person_merge (id, kept_id, merged_id, carried, reason, merged_by) values (?, ?, ?, ?, ?, ?)")
			.params(id, keptId, duplicateId, carried.toArray(UUID[]::new), reason, userId)
			.update();
		return id;
	}

	/** Why the two records may not be merged, if they may not. */
	public Optional<String> whyNotMerge(UUID keptId, UUID duplicateId) {
		if (keptId.equals(duplicateId)) {
			return Optional.of("A record cannot be merged with itself");
		}
		if (people.find(keptId).isEmpty() || people.find(duplicateId).isEmpty()) {
			return Optional.of("Both records must exist and not already be merged");
		}
		boolean compartments = relationships.relationships(keptId).stream()
			.anyMatch(r -> r.relatedPersonId().equals(duplicateId)
					&& (r.type() == RelationshipType.PERPETRATOR || r.type() == RelationshipType.VICTIM));
		return compartments
				? Optional.of("These records are recorded as perpetrator and victim of each other, so they "
						+ "cannot be the same person")
				: Optional.empty();
	}

	/**
	 * Undoes a merge: the duplicate is a record of its own again with everything recorded against it,
	 * and so are the records it had carried in. What was recorded on the kept record since stays there.
	 */
	@Transactional
	public PersonMerge unmerge(UUID keptId, UUID mergeId, String reason, UUID userId) {
		PersonMerge merge = merges(keptId).stream().filter(m -> m.id().equals(mergeId) && m.active()).findFirst()
			.orElseThrow(() -> new org.accord.platform.web.NotFoundException("Merge"));
		if (jdbc.sql("update person set merged_into = null, updated_at = now(), version = version + 1 "
				+ "where id = ? and merged_into = ?")
			.params(merge.mergedId(), keptId).update() == 0) {
			throw new ConflictException("This merge was undone a moment ago by someone else; nothing was changed");
		}
		jdbc.sql("update person set merged_into = :m where merged_into = :k and id = any(select unnest(carried) "
				+ "from person_merge where id = :id)")
			.param("m", merge.mergedId()).param("k", keptId).param("id", mergeId).update();
		jdbc.sql("update person set updated_at = now(), version = version + 1 where id = ?").param(keptId).update();
		jdbc.sql("update person_merge set undone_by = ?, undone_reason = ?, undone_at = now() where id = ?")
			.params(userId, reason, mergeId).update();
		return merges(keptId).stream().filter(m -> m.id().equals(mergeId)).findFirst().orElseThrow();
	}

	/** The merges into this record, newest first, undone ones included. */
	public List<PersonMerge> merges(UUID keptId) {
		return jdbc.sql("""
				select m.id, m.kept_id, m.merged_id, p.given_name || ' ' || p.family_name as merged_name,
				  m.reason, mu.display_name as merged_by_name, m.merged_at, uu.display_name as undone_by_name,
				  m.undone_reason, m.undone_at
				from person_merge m join person p on p.id = m.merged_id
				left join app_user mu on mu.id = m.merged_by left join app_user uu on uu.id = m.undone_by
				where m.kept_id = ? order by m.merged_at desc""")
			.param(keptId)
			.query((rs, n) -> new PersonMerge(rs.getObject("id", UUID.class), rs.getObject("kept_id", UUID.class),
					rs.getObject("merged_id", UUID.class), rs.getString("merged_name"), rs.getString("reason"),
					rs.getString("merged_by_name"), rs.getTimestamp("merged_at").toInstant(), rs.getString("undone_by_name"),
					rs.getString("undone_reason"),
					rs.getTimestamp("undone_at") == null ? null : rs.getTimestamp("undone_at").toInstant()))
			.list();
	}

}
