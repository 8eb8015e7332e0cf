package org.accord.people;

import java.util.List;
import java.util.UUID;

import org.accord.sharing.InformationCategory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The merged chronology of a person across agencies. Other capabilities (referrals, meetings) add
 * their events here; whoever shows entries filters them by the access policy's decision.
 */
@Component
public class Chronology {

	/** Which entries to list: by source agency and by type, either optional. */
	public record Filter(UUID agencyId, ChronologyEntry.Type type) {

		public static final Filter ALL = new Filter(null, null);

	}

	private final JdbcClient jdbc;

	Chronology(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public UUID record(ChronologyEntry.Draft d) {
		UUID id = UUID.randomUUID();
		InformationCategory category = d.category() != null ? d.category() : d.type().usualCategory();
		jdbc.sql("""
				insert into chronology_entry (id, person_id, occurred_on, type, summary, kind, category, provenance,
				  source_agency_id, author_user_id, author_name)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, d.personId(), d.occurredOn(), d.type().name(), d.summary(), d.kind().name(), category.name(),
					d.provenance(), d.sourceAgencyId(), d.authorUserId(), d.authorName())
			.update();
		return id;
	}

	/** Every entry of the person, oldest first, as stored; the caller filters by category. */
	public List<ChronologyEntry> entries(UUID personId, Filter filter) {
		StringBuilder sql = new StringBuilder("""
				select c.id, c.person_id, c.occurred_on, c.type, c.summary, c.kind, c.category, c.provenance,
				  c.source_agency_id, a.name, c.author_name, c.recorded_at
				from chronology_entry c join agency a on a.id = c.source_agency_id
				where c.person_id in """ + People.FAMILY);
		if (filter.agencyId() != null) {
			sql.append(" and c.source_agency_id = :agency");
		}
		if (filter.type() != null) {
			sql.append(" and c.type = :type");
		}
		sql.append(" order by c.occurred_on, c.recorded_at");
		var statement = jdbc.sql(sql.toString()).param("p", personId);
		if (filter.agencyId() != null) {
			statement = statement.param("agency", filter.agencyId());
		}
		if (filter.type() != null) {
			statement = statement.param("type", filter.type().name());
		}
		return statement.query((rs, n) -> new ChronologyEntry(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
				rs.getObject(3, java.time.LocalDate.class), ChronologyEntry.Type.valueOf(rs.getString(4)), rs.getString(5),
				ChronologyEntry.Kind.valueOf(rs.getString(6)), InformationCategory.valueOf(rs.getString(7)), rs.getString(8),
				rs.getObject(9, UUID.class), rs.getString(10), rs.getString(11), rs.getTimestamp(12).toInstant()))
			.list();
	}

}
