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

	private final People people;

	private final org.accord.audit.AuditLog audit;

	private final java.time.Clock clock;

	Chronology(JdbcClient jdbc, People people, org.accord.audit.AuditLog audit, java.time.Clock clock) {
		this.jdbc = jdbc;
		this.people = people;
		this.audit = audit;
		this.clock = clock;
	}

	/** What a user writes: everything but who wrote it, which comes from their access. */
	public record NewEntry(java.time.LocalDate occurredOn, ChronologyEntry.Type type, String summary, ChronologyEntry.Kind kind,
			InformationCategory category, String provenance) {
	}

	/**
	 * Adds an entry by the user's agency, which must work with the person now. Without a category it takes
	 * that of the agency's involvement (an entry of the mental health team is MENTAL_HEALTH), or else the
	 * usual one of its type. Refused, naming the field, when it is dated in the future (except hearings and
	 * meetings) or in a category the user may not see.
	 */
	@org.springframework.transaction.annotation.Transactional
	public ChronologyEntry add(org.accord.sharing.PersonAccess access, NewEntry e) {
		access.requireWrite();
		InformationCategory category = e.category() != null ? e.category() : defaultCategory(access, e.type());
		java.time.LocalDate today = java.time.LocalDate.now(clock);
		String problem = null;
		String field = "occurredOn";
		if (e.occurredOn().isAfter(today) && e.type() != ChronologyEntry.Type.COURT && e.type() != ChronologyEntry.Type.MEETING) {
			problem = "must not be in the future, except for a court date or a meeting";
		}
		else if (e.occurredOn().getYear() < 1900) {
			problem = "must be after 1900";
		}
		else if (!access.canSee(category, access.agencyId())) {
			field = "category";
			problem = "you may not record information of this category";
		}
		if (problem != null) {
			throw new org.accord.platform.web.InvalidInputException(List.of(new org.accord.platform.web.Problems.FieldMessage(field, problem)));
		}
		var me = access.user();
		UUID id = record(new ChronologyEntry.Draft(access.personId(), e.occurredOn(), e.type(), e.summary().trim(), e.kind(), category,
				e.provenance() == null || e.provenance().isBlank() ? null : e.provenance().trim(), me.agencyId(), me.userId(),
				me.displayName()));
		audit.record(org.accord.audit.AuditEvent.of("CREATE", "CHRONOLOGY_ENTRY", id).person(access.personId())
			.detail(e.type() + ", " + category));
		return entries(access.personId(), Filter.ALL).stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
	}

	/** The category of the agency's involvement when it reveals one, else the usual category of the type. */
	public InformationCategory defaultCategory(org.accord.sharing.PersonAccess access, ChronologyEntry.Type type) {
		InformationCategory involvement = people.involvementCategory(access.agencyId(), access.personId());
		return involvement != InformationCategory.CORE_PROFILE ? involvement : type == null ? InformationCategory.CORE_PROFILE : type.usualCategory();
	}

	/** The entries the user may see, oldest first. */
	public List<ChronologyEntry> visibleTo(org.accord.sharing.PersonAccess access, Filter filter) {
		return entries(access.personId(), filter).stream().filter(x -> access.canSee(x.category(), x.sourceAgencyId())).toList();
	}

	/** Records an entry as given; {@link #add} is the way a user adds one. */
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
