package org.accord.people;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.accord.audit.AuditEvent;
import org.accord.audit.AuditLog;
import org.accord.platform.web.ConflictException;
import org.accord.platform.web.InvalidInputException;
import org.accord.platform.web.NotFoundException;
import org.accord.platform.web.Problems;
import org.accord.sharing.InformationCategory;
import org.accord.sharing.PersonAccess;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

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

	/** What a user sees when the entry was corrected between reading it and sending a correction. */
	public static final String ALREADY_CORRECTED = "This entry has already been corrected; correct the correction instead";

	static final int REASON_LENGTH = 500;

	private final JdbcClient jdbc;

	private final People people;

	private final AuditLog audit;

	private final Clock clock;

	Chronology(JdbcClient jdbc, People people, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.people = people;
		this.audit = audit;
		this.clock = clock;
	}

	/** What a user writes: everything but who wrote it, which comes from their access. */
	public record NewEntry(LocalDate occurredOn, ChronologyEntry.Type type, String summary, ChronologyEntry.Kind kind,
			InformationCategory category, String provenance) {
	}

	/** A correction: the entry as it should have been, and why the original was wrong. */
	public record Correction(NewEntry entry, String reason) {
	}

	/**
	 * Adds an entry by the user's agency, which must work with the person now. Without a category it takes
	 * that of the agency's involvement (an entry of the mental health team is MENTAL_HEALTH), or else the
	 * usual one of its type. Refused, naming the field, when it is dated in the future (except hearings and
	 * meetings) or in a category the user may not see.
	 */
	@Transactional
	public ChronologyEntry add(PersonAccess access, NewEntry e) {
		access.requireWrite();
		List<Problems.FieldMessage> problems = new ArrayList<>();
		InformationCategory category = checked(access, e, problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		UUID id = insert(draft(access, access.personId(), e, category), null);
		audit.record(AuditEvent.of("CREATE", "CHRONOLOGY_ENTRY", id).person(access.personId())
				.detail(e.type() + ", " + category));
		return saved(access, id);
	}

	/**
	 * Corrects an entry of the user's agency, which must work with the person now: the correction is a new
	 * entry by the same rules as {@link #add}, and the original is marked corrected (by whom, when and why)
	 * but keeps its content. An entry the user may not see is not found; one of another agency is refused.
	 * An entry is corrected once only (its correction may be corrected in turn); the mark is set only if
	 * still unset, so of two users correcting at once one wins and the other gets a conflict.
	 */
	@Transactional
	public ChronologyEntry correct(PersonAccess access, UUID entryId, Correction c) {
		ChronologyEntry original = correctable(access, entryId);
		List<Problems.FieldMessage> problems = new ArrayList<>();
		InformationCategory category = checked(access, c.entry(), problems);
		String reason = c.reason() == null ? "" : c.reason().trim();
		if (reason.isEmpty() || reason.length() > REASON_LENGTH) {
			problems.add(new Problems.FieldMessage("reason",
					reason.isEmpty() ? "must not be blank" : "must be 500 characters or fewer"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		var me = access.user();
		int marked = jdbc.sql("""
				update chronology_entry
				  set corrected_at = now(), corrected_by_user = ?, corrected_by_name = ?, correction_reason = ?
				where id = ? and corrected_at is null""")
			.params(me.userId(), me.displayName(), reason, entryId)
			.update();
		if (marked == 0) {
			throw new ConflictException(ALREADY_CORRECTED);
		}
		UUID id = insert(draft(access, original.personId(), c.entry(), category), entryId);
		audit.record(AuditEvent.of("UPDATE", "CHRONOLOGY_ENTRY", entryId).person(access.personId()).reason(reason)
			.detail("Corrected by entry " + id + ", " + c.entry().type() + ", " + category));
		return saved(access, id);
	}

	/** The entry, if the user may correct it now; refused as {@link #correct} refuses. */
	public ChronologyEntry correctable(PersonAccess access, UUID entryId) {
		ChronologyEntry entry = visibleTo(access, Filter.ALL).stream().filter(x -> x.id().equals(entryId)).findFirst()
			.orElseThrow(() -> new NotFoundException("Chronology entry"));
		access.requireWrite();
		if (!entry.sourceAgencyId().equals(access.agencyId())) {
			throw new AccessDeniedException("Only the agency that recorded an entry may correct it");
		}
		if (entry.corrected()) {
			throw new ConflictException(ALREADY_CORRECTED);
		}
		return entry;
	}

	private InformationCategory checked(PersonAccess access, NewEntry e, List<Problems.FieldMessage> problems) {
		InformationCategory category = e.category() != null ? e.category() : defaultCategory(access, e.type());
		LocalDate today = LocalDate.now(clock);
		if (e.occurredOn().isAfter(today) && e.type() != ChronologyEntry.Type.COURT
				&& e.type() != ChronologyEntry.Type.MEETING) {
			problems.add(new Problems.FieldMessage("occurredOn",
					"must not be in the future, except for a court date or a meeting"));
		}
		else if (e.occurredOn().getYear() < 1900) {
			problems.add(new Problems.FieldMessage("occurredOn", "must be after 1900"));
		}
		if (!access.canSee(category, access.agencyId())) {
			problems.add(new Problems.FieldMessage("category", "you may not record information of this category"));
		}
		return category;
	}

	private static ChronologyEntry.Draft draft(PersonAccess access, UUID personId, NewEntry e,
			InformationCategory category) {
		var me = access.user();
		return new ChronologyEntry.Draft(personId, e.occurredOn(), e.type(), e.summary().trim(), e.kind(), category,
				e.provenance() == null || e.provenance().isBlank() ? null : e.provenance().trim(), me.agencyId(), me.userId(),
				me.displayName());
	}

	private ChronologyEntry saved(PersonAccess access, UUID id) {
		return visibleTo(access, Filter.ALL).stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
	}

	/** The category of the agency's involvement when it reveals one, else the usual category of the type. */
	public InformationCategory defaultCategory(PersonAccess access, ChronologyEntry.Type type) {
		InformationCategory involvement = people.involvementCategory(access.agencyId(), access.personId());
		return involvement != InformationCategory.CORE_PROFILE ? involvement : type == null ? InformationCategory.CORE_PROFILE
				: type.usualCategory();
	}

	/** The entries the user may see, oldest first, each with as much of its correction trail as the user may see. */
	public List<ChronologyEntry> visibleTo(PersonAccess access, Filter filter) {
		return entries(access.personId(), filter).stream()
			.filter(x -> access.canSee(x.category(), x.sourceAgencyId()))
			.map(x -> withTrail(x, x.trail().seenBy(category -> access.canSee(category, x.sourceAgencyId()))))
			.toList();
	}

	/** Records an entry as given; {@link #add} is the way a user adds one. */
	public UUID record(ChronologyEntry.Draft d) {
		return insert(d, null);
	}

	private UUID insert(ChronologyEntry.Draft d, UUID corrects) {
		UUID id = UUID.randomUUID();
		InformationCategory category = d.category() != null ? d.category() : d.type().usualCategory();
		jdbc.sql("""
				insert into chronology_entry (id, person_id, occurred_on, type, summary, kind, category, provenance,
				  recorded_by_agency_id, author_user_id, author_name, corrects)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, d.personId(), d.occurredOn(), d.type().name(), d.summary(), d.kind().name(), category.name(),
					d.provenance(), d.sourceAgencyId(), d.authorUserId(), d.authorName(), corrects)
			.update();
		return id;
	}

	/** Every entry of the person, oldest first, as stored with its whole trail; the caller filters by category. */
	public List<ChronologyEntry> entries(UUID personId, Filter filter) {
		StringBuilder sql = new StringBuilder("""
				select c.id, c.person_id, c.occurred_on, c.type, c.summary, c.kind, c.category, c.provenance,
				  c.recorded_by_agency_id, a.name as agency_name, c.author_name, c.recorded_at,
				  c.corrects, o.occurred_on as corrects_occurred_on, o.category as corrects_category, o.correction_reason as
				  corrects_reason,
				  n.id as corrected_by, n.category as corrected_by_category, c.corrected_at, c.corrected_by_name,
				  c.correction_reason
				from chronology_entry c join agency a on a.id = c.recorded_by_agency_id
				  left join chronology_entry o on o.id = c.corrects
				  left join chronology_entry n on n.corrects = c.id
				where c.person_id in """ + People.FAMILY);
		if (filter.agencyId() != null) {
			sql.append(" and c.recorded_by_agency_id = :agency");
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
		return statement.query((rs, n) -> new ChronologyEntry(rs.getObject("id", UUID.class),
				rs.getObject("person_id", UUID.class), rs.getObject("occurred_on", LocalDate.class),
				ChronologyEntry.Type.valueOf(rs.getString("type")), rs.getString("summary"),
				ChronologyEntry.Kind.valueOf(rs.getString("kind")), InformationCategory.valueOf(rs.getString("category")),
				rs.getString("provenance"), rs.getObject("recorded_by_agency_id", UUID.class), rs.getString("agency_name"),
				rs.getString("author_name"), rs.getTimestamp("recorded_at").toInstant(),
				new ChronologyEntry.Trail(rs.getObject("corrects", UUID.class),
						rs.getObject("corrects_occurred_on", LocalDate.class), category(rs.getString("corrects_category")),
						rs.getString("corrects_reason"), rs.getObject("corrected_by", UUID.class),
						category(rs.getString("corrected_by_category")),
						rs.getTimestamp("corrected_at") == null ? null : rs.getTimestamp("corrected_at").toInstant(),
						rs.getString("corrected_by_name"), rs.getString("correction_reason"))))
			.list();
	}

	private static InformationCategory category(String name) {
		return name == null ? null : InformationCategory.valueOf(name);
	}

	private static ChronologyEntry withTrail(ChronologyEntry e, ChronologyEntry.Trail trail) {
		return new ChronologyEntry(e.id(), e.personId(), e.occurredOn(), e.type(), e.summary(), e.kind(), e.category(),
				e.provenance(), e.sourceAgencyId(), e.sourceAgencyName(), e.authorName(), e.recordedAt(), trail);
	}

}
