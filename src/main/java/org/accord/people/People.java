package org.accord.people;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.accord.platform.web.ConflictException;
import org.accord.sharing.InformationCategory;
import org.accord.sharing.InvolvementRegister;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The person index. It holds the data; whoever shows any of it asks the access policy first.
 */
@Component
public class People implements InvolvementRegister {

	public record Draft(String givenName, String familyName, LocalDate dateOfBirth, String gender, String postcode) {
	}

	private static final String COLUMNS = "id, given_name, family_name, date_of_birth, gender, "
			+ "postcode, updated_at, version";

	/**
	 * The record and every record merged into it: what was recorded against any of them is read as one
	 * history. Takes the person's id as the named parameter {@code p}.
	 */
	static final String FAMILY = "(select m.id from person m where m.id = :p or m.merged_into = :p)";

	private final JdbcClient jdbc;

	private final Clock clock;

	People(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Creates the person and makes the creating agency involved, in one transaction. */
	@Transactional
	public UUID create(Draft d, UUID agencyId, String role, UUID workerUserId) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into person (id, given_name, family_name, date_of_birth, gender, postcode, created_by_agency_id)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(id, d.givenName(), d.familyName(), d.dateOfBirth(), d.gender(), normalisePostcode(d.postcode()), agencyId)
			.update();
		involve(id, agencyId, role, workerUserId, JoinGrounds.CREATED_RECORD, "Recorded the person");
		Person created = find(id).orElseThrow();
		for (ProfileField field : ProfileField.values()) {
			if (field.onPersonRow() && rowValue(created, field) != null) {
				Profiles.recordSource(jdbc, clock, id, field, null, agencyId, workerUserId);
			}
		}
		return id;
	}

	/** The person, unless there is none or the record was merged into another (see {@link #mergedInto}). */
	public Optional<Person> find(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from person where id = ? and merged_into is null").param(id)
			.query(People::map).optional();
	}

	/** A page of the people an agency works with, by name, and how many there are in all. */
	public record Caseload(List<Person> items, long total) {
	}

	/**
	 * The people the agency is involved with (directly or through a record merged into theirs), by last
	 * name, optionally only those whose name contains {@code text}.
	 */
	public Caseload caseload(UUID agencyId, String text, int page, int size) {
		String where = """
				from person p where p.merged_into is null
				  and exists (select 1 from involvement i join person m on m.id = i.person_id
				              where i.agency_id = :a and i.ended_on is null and (m.id = p.id or m.merged_into = p.id))
				  and (cast(:q as text) is null
				  or lower(p.given_name || ' ' || p.family_name) like '%' || lower(cast(:q as text)) || '%')""";
		String q = text == null || text.isBlank() ? null : text.trim().replace("%", "").replace("_", "");
		long total = jdbc.sql("select count(*) " + where).param("a", agencyId).param("q", q).query(Long.class).single();
		List<Person> items = jdbc.sql("select " + COLUMNS.replaceAll("(\\w+)", "p.$1") + " " + where
				+ " order by p.family_name, p.given_name, p.date_of_birth limit :size offset :offset")
			.param("a", agencyId).param("q", q).param("size", size).param("offset", (long) page * size)
			.query(People::map).list();
		return new Caseload(items, total);
	}

	/**
	 * Anyone in the index whose name contains the text, for the information governance lead answering a
	 * request about a person; never shown to practitioners, who search before creating instead.
	 */
	public List<Person> byNameForGovernance(String text, int limit) {
		return jdbc.sql("select " + COLUMNS + " from person where merged_into is null"
				+ " and lower(given_name || ' ' || family_name) like '%' || lower(:q) || '%' order by family_name, given_name, "
				+ "date_of_birth limit :limit")
			.param("q", text.replace("%", "").replace("_", "")).param("limit", limit)
			.query(People::map).list();
	}

	/** The record that this one was merged into, if it was. */
	@Override
	public Optional<UUID> mergedInto(UUID id) {
		return jdbc.sql("select merged_into from person where id = ? and merged_into is not null").param(id).query(UUID.class)
			.optional();
	}

	/** Changes the core profile if nobody has since {@code version}; otherwise changes nothing. */
	public void update(UUID id, int version, Draft d) {
		int rows = jdbc.sql("""
				update person set given_name = ?, family_name = ?, date_of_birth = ?, gender = ?, postcode = ?,
				  updated_at = now(), version = version + 1
				where id = ? and version = ?""")
			.params(d.givenName(), d.familyName(), d.dateOfBirth(), d.gender(), normalisePostcode(d.postcode()), id, version)
			.update();
		if (rows == 0) {
			throw new ConflictException("This record was changed by someone else since you read it; nothing was saved");
		}
	}

	/**
	 * Makes the agency involved on the given grounds, unless it already is; returns whether it was new.
	 * {@link Involvements#join} is the way a user joins: it checks, tells the lead professional and audits.
	 */
	public boolean involve(UUID personId, UUID agencyId, String role, UUID workerUserId, JoinGrounds grounds,
			String reason) {
		if (isInvolved(agencyId, personId)) {
			return false;
		}
		jdbc.sql("""
				insert into involvement (id, person_id, agency_id, role, worker_user_id, started_on, grounds, reason, joined_by,
				  category)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), personId, agencyId, role, workerUserId, LocalDate.now(clock), grounds.name(), reason,
					workerUserId, categoryOf(agencyId).name())
			.update();
		return true;
	}

	/** For the demo data and tests: the agency is involved, its grounds recorded as "other". */
	public boolean involve(UUID personId, UUID agencyId, String role, UUID workerUserId) {
		return involve(personId, agencyId, role, workerUserId, JoinGrounds.OTHER,
				"Recorded with the partnership's existing caseload");
	}

	/**
	 * What being involved with this agency reveals: its own setting, or the default of its type (the mental
	 * health team's is MENTAL_HEALTH). Its appointments and chronology entries default to it too.
	 */
	public InformationCategory categoryOf(UUID agencyId) {
		return jdbc.sql("""
				select coalesce(c.category, case a.type when 'MENTAL_HEALTH' then 'MENTAL_HEALTH' when 'DRUG_AND_ALCOHOL'
				  then 'SUBSTANCE_USE'
				  when 'PROBATION' then 'CRIMINAL_JUSTICE' when 'CHILDRENS_SOCIAL_CARE' then 'CHILDREN'
				  else 'CORE_PROFILE' end) as category
				from agency a left join agency_involvement_category c on c.agency_id = a.id where a.id = ?""")
			.param(agencyId).query((rs, n) -> InformationCategory.valueOf(rs.getString("category"))).optional()
			.orElse(InformationCategory.CORE_PROFILE);
	}

	/**
	 * Gives the agency its own category for what its involvements reveal, or (null) returns it to its type's
	 * default. Involvements recorded from now on take it; those already recorded keep theirs.
	 */
	public void setCategoryOf(UUID agencyId, InformationCategory category, UUID userId) {
		if (category == null) {
			jdbc.sql("delete from agency_involvement_category where agency_id = ?").param(agencyId).update();
			return;
		}
		jdbc.sql("""
				insert into agency_involvement_category (agency_id, category, set_by) values (?, ?, ?)
				on conflict (agency_id) do update set category = excluded.category, set_by = excluded.set_by, set_at = now()""")
			.params(agencyId, category.name(), userId).update();
	}

	/** The category of the agency's involvement with the person, or what its involvement would have. */
	public InformationCategory involvementCategory(UUID agencyId, UUID personId) {
		return involvements(personId).stream().filter(i -> i.agencyId().equals(agencyId)).map(Involvement::category)
			.findFirst()
			.orElseGet(() -> categoryOf(agencyId));
	}

	/** Every involvement with the person, as stored; whoever lists them keeps only those the decision shows. */
	public List<Involvement> involvements(UUID personId) {
		return jdbc.sql("""
				select i.id, i.person_id, i.agency_id, a.name as agency_name, i.role, i.worker_user_id, u.display_name as
				  worker_name,
				  i.started_on, i.ended_on, i.category, i.grounds, i.reason, i.end_reason, i.ongoing_support
				from involvement i join agency a on a.id = i.agency_id left join app_user u on u.id = i.worker_user_id
				where i.person_id in """ + FAMILY + """
				order by i.ended_on nulls first, i.started_on, a.name""")
			.param("p", personId)
			.query((rs, n) -> new Involvement(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
					rs.getObject("agency_id", UUID.class), rs.getString("agency_name"), rs.getString("role"),
					rs.getObject("worker_user_id", UUID.class), rs.getString("worker_name"),
					rs.getObject("started_on", LocalDate.class), rs.getObject("ended_on", LocalDate.class),
					InformationCategory.valueOf(rs.getString("category")),
					rs.getString("grounds") == null ? null : JoinGrounds.valueOf(rs.getString("grounds")), rs.getString("reason"),
					rs.getString("end_reason"), rs.getString("ongoing_support")))
			.list()
			.stream()
			.filter(distinctAgency())
			.toList();
	}

	/** An agency involved with both of two merged records is listed once, by its current involvement. */
	private static java.util.function.Predicate<Involvement> distinctAgency() {
		Set<UUID> seen = new java.util.HashSet<>();
		return i -> seen.add(i.agencyId());
	}

	public Optional<LeadProfessional> leadProfessional(UUID personId) {
		return jdbc.sql("""
				select l.agency_id, a.name as agency_name, l.worker_user_id, u.display_name, l.agreed_by, l.recorded_at
				from lead_professional l join agency a on a.id = l.agency_id left join app_user u on u.id = l.worker_user_id
				where l.person_id in """ + FAMILY + """
				order by (l.person_id = :p) desc, l.recorded_at desc limit 1""")
			.param("p", personId)
			.query((rs, n) -> new LeadProfessional(rs.getObject("agency_id", UUID.class), rs.getString("agency_name"),
					rs.getObject("worker_user_id", UUID.class), rs.getString("display_name"), rs.getString("agreed_by"),
					rs.getTimestamp("recorded_at").toInstant()))
			.optional();
	}

	@Override
	public boolean wasEverInvolved(UUID agencyId, UUID personId) {
		return jdbc.sql("select count(*) from involvement where agency_id = :a and person_id in " + FAMILY)
			.param("a", agencyId).param("p", personId).query(Integer.class).single() > 0;
	}

	@Override
	public List<UUID> recordAndMerged(UUID personId) {
		return jdbc.sql("select m.id from person m where m.id = :p or m.merged_into = :p").param("p", personId)
			.query(UUID.class).list();
	}

	@Override
	public Optional<String> name(UUID personId) {
		return find(personId).map(p -> p.givenName() + " " + p.familyName());
	}

	@Override
	public List<UUID> involvedAgenciesKnownTo(org.accord.sharing.AccessDecision decision) {
		return involvements(decision.personId()).stream().filter(i -> decision.canSee(i.category(), i.agencyId()))
			.map(Involvement::agencyId)
			.distinct().toList();
	}

	@Override
	public boolean isInvolved(UUID agencyId, UUID personId) {
		return jdbc.sql("select count(*) from involvement where agency_id = :a and person_id in " + FAMILY
				+ " and ended_on is null")
			.param("a", agencyId).param("p", personId).query(Integer.class).single() > 0;
	}

	static String normalisePostcode(String postcode) {
		if (postcode == null || postcode.isBlank()) {
			return null;
		}
		String compact = postcode.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
		return compact.length() > 3 ? compact.substring(0, compact.length() - 3) + " "
				+ compact.substring(compact.length() - 3) : compact;
	}

	static Person map(ResultSet rs, int row) throws SQLException {
		return new Person(rs.getObject("id", UUID.class), rs.getString("given_name"), rs.getString("family_name"),
				rs.getObject("date_of_birth", LocalDate.class), rs.getString("gender"), rs.getString("postcode"),
				rs.getTimestamp("updated_at").toInstant(), rs.getInt("version"));
	}

	static String rowValue(Person p, ProfileField field) {
		return switch (field) {
			case GIVEN_NAME -> p.givenName();
			case FAMILY_NAME -> p.familyName();
			case DATE_OF_BIRTH -> p.dateOfBirth() == null ? null : p.dateOfBirth().toString();
			case GENDER -> p.gender();
			case POSTCODE -> p.postcode();
			default -> null;
		};
	}

}
