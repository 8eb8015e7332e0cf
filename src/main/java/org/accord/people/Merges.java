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

	Merges(JdbcClient jdbc, People people, Relationships relationships) {
		this.jdbc = jdbc;
		this.people = people;
		this.relationships = relationships;
	}

	/**
	 * Makes {@code duplicateId} part of {@code keptId}: both histories are kept and read as one. Refused
	 * when the two are recorded as each other's perpetrator and victim, which would join the compartments.
	 */
	@Transactional
	public UUID merge(UUID keptId, UUID duplicateId, String reason, UUID userId) {
		whyNotMerge(keptId, duplicateId).ifPresent(rule -> {
			throw new org.accord.platform.web.BusinessRuleException(rule);
		});
		Person kept = people.find(keptId).orElseThrow(() -> new org.accord.platform.web.NotFoundException("Person"));
		List<UUID> carried = jdbc.sql("select id from person where merged_into = ?").param(duplicateId).query(UUID.class).list();
		jdbc.sql("update person set merged_into = ? where merged_into = ?").params(keptId, duplicateId).update();
		if (jdbc.sql("update person set merged_into = ?, updated_at = now(), version = version + 1 where id = ? and merged_into is null")
			.params(keptId, duplicateId).update() == 0) {
			// The row lock makes a second merge of the same record wait for the first, then find it merged.
			throw new ConflictException("This record was merged a moment ago by someone else; nothing was changed");
		}
		jdbc.sql("update person set updated_at = now(), version = version + 1 where id = ? and version = ?").params(keptId, kept.version()).update();
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
				? Optional.of("These records are recorded as perpetrator and victim of each other, so they cannot be the same person")
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
		if (jdbc.sql("update person set merged_into = null, updated_at = now(), version = version + 1 where id = ? and merged_into = ?")
			.params(merge.mergedId(), keptId).update() == 0) {
			throw new ConflictException("This merge was undone a moment ago by someone else; nothing was changed");
		}
		jdbc.sql("update person set merged_into = :m where merged_into = :k and id = any(select unnest(carried) from person_merge where id = :id)")
			.param("m", merge.mergedId()).param("k", keptId).param("id", mergeId).update();
		jdbc.sql("update person set updated_at = now(), version = version + 1 where id = ?").param(keptId).update();
		jdbc.sql("update person_merge set undone_by = ?, undone_reason = ?, undone_at = now() where id = ?").params(userId, reason, mergeId).update();
		return merges(keptId).stream().filter(m -> m.id().equals(mergeId)).findFirst().orElseThrow();
	}

	/** The merges into this record, newest first, undone ones included. */
	public List<PersonMerge> merges(UUID keptId) {
		return jdbc.sql("""
				select m.id, m.kept_id, m.merged_id, p.given_name || ' ' || p.family_name, m.reason, mu.display_name, m.merged_at,
				  uu.display_name, m.undone_reason, m.undone_at
				from person_merge m join person p on p.id = m.merged_id
				left join app_user mu on mu.id = m.merged_by left join app_user uu on uu.id = m.undone_by
				where m.kept_id = ? order by m.merged_at desc""")
			.param(keptId)
			.query((rs, n) -> new PersonMerge(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
					rs.getString(4), rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant(), rs.getString(8), rs.getString(9),
					rs.getTimestamp(10) == null ? null : rs.getTimestamp(10).toInstant()))
			.list();
	}

}
