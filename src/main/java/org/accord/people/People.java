package org.accord.people;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.accord.platform.web.ConflictException;
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

	private static final String COLUMNS = "id, given_name, family_name, date_of_birth, gender, postcode, updated_at, version";

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
		involve(id, agencyId, role, workerUserId);
		return id;
	}

	public Optional<Person> find(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from person where id = ?").param(id).query(People::map).optional();
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

	/** Makes the agency involved, unless it already is; returns whether it was new. */
	public boolean involve(UUID personId, UUID agencyId, String role, UUID workerUserId) {
		if (isInvolved(agencyId, personId)) {
			return false;
		}
		jdbc.sql("""
				insert into involvement (id, person_id, agency_id, role, worker_user_id, started_on)
				values (?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), personId, agencyId, role, workerUserId, LocalDate.now(clock))
			.update();
		return true;
	}

	public List<Involvement> involvements(UUID personId) {
		return jdbc.sql("""
				select i.id, i.person_id, i.agency_id, a.name, i.role, i.worker_user_id, u.display_name, i.started_on, i.ended_on
				from involvement i join agency a on a.id = i.agency_id left join app_user u on u.id = i.worker_user_id
				where i.person_id = ? order by i.ended_on nulls first, i.started_on, a.name""")
			.param(personId)
			.query((rs, n) -> new Involvement(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
					rs.getString(4), rs.getString(5), rs.getObject(6, UUID.class), rs.getString(7),
					rs.getObject(8, LocalDate.class), rs.getObject(9, LocalDate.class)))
			.list();
	}

	/** Records that {@code relatedId} is the {@code type} of {@code personId}; the inverse needs no second row. */
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
				select person_id, related_person_id, type from relationship where person_id = :p or related_person_id = :p
				order by created_at""")
			.param("p", personId)
			.query((rs, n) -> {
				UUID from = rs.getObject(1, UUID.class);
				UUID to = rs.getObject(2, UUID.class);
				RelationshipType type = RelationshipType.valueOf(rs.getString(3));
				return from.equals(personId) ? new Relationship(personId, to, type) : new Relationship(personId, from, type.inverse());
			})
			.list();
	}

	public Optional<LeadProfessional> leadProfessional(UUID personId) {
		return jdbc.sql("""
				select l.agency_id, a.name, l.worker_user_id, u.display_name, l.agreed_by, l.recorded_at
				from lead_professional l join agency a on a.id = l.agency_id left join app_user u on u.id = l.worker_user_id
				where l.person_id = ?""")
			.param(personId)
			.query((rs, n) -> new LeadProfessional(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class),
					rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant()))
			.optional();
	}

	/** Sets the lead professional; the caller checks the agency is involved and audits the change. */
	public void setLeadProfessional(UUID personId, UUID agencyId, UUID workerUserId, String agreedBy, UUID recordedBy) {
		jdbc.sql("""
				insert into lead_professional (person_id, agency_id, worker_user_id, agreed_by, recorded_by) values (?, ?, ?, ?, ?)
				on conflict (person_id) do update set agency_id = excluded.agency_id, worker_user_id = excluded.worker_user_id,
				  agreed_by = excluded.agreed_by, recorded_by = excluded.recorded_by, recorded_at = now()""")
			.params(personId, agencyId, workerUserId, agreedBy, recordedBy)
			.update();
	}

	/** The confidential location that this agency holds for the person; no other agency's is ever read. */
	public Optional<String> confidentialLocationHeldBy(UUID personId, UUID agencyId) {
		return jdbc.sql("select address from confidential_location where person_id = ? and agency_id = ?")
			.params(personId, agencyId).query(String.class).optional();
	}

	public void holdConfidentialLocation(UUID personId, UUID agencyId, String address, UUID userId) {
		jdbc.sql("""
				insert into confidential_location (person_id, agency_id, address, recorded_by) values (?, ?, ?, ?)
				on conflict (person_id, agency_id) do update set address = excluded.address, recorded_by = excluded.recorded_by,
				  updated_at = now()""")
			.params(personId, agencyId, address, userId)
			.update();
	}

	@Override
	public boolean isInvolved(UUID agencyId, UUID personId) {
		return jdbc.sql("select count(*) from involvement where agency_id = ? and person_id = ? and ended_on is null")
			.params(agencyId, personId).query(Integer.class).single() > 0;
	}

	/**
	 * Likely matches across all agencies: misspellings and sound-alikes (trigrams and double metaphone),
	 * short forms of given names (Bill for William), hyphenated or changed surnames, and a date of birth
	 * with day and month swapped.
	 * <p>
	 * No name is compared with every person, so this stays fast over a million people: the names like
	 * those asked for are found in the dictionaries of distinct names ({@code person_family_name},
	 * {@code person_given_name}), and the only people read are those with the date of birth (or its swapped
	 * form), or with a like family name and either a like given name or a birth in the same year. Anyone
	 * else would score under the 0.5 cut-off, so the answer is the same as scoring everybody. Each distinct
	 * name among them is scored once.
	 */
	public List<PersonMatch> matches(String givenName, String familyName, LocalDate dateOfBirth, String postcode) {
		return jdbc.sql("""
				with family_names as (
				  select name from person_family_name where name % lower(:family)
				  union select name from person_family_name where lower(:family) <% name
				  union select name from person_family_name where dmetaphone(name) = dmetaphone(:family)
				),
				short_forms as (
				  select canonical as name from given_name_variant where variant = lower(:given)
				  union select variant from given_name_variant where canonical = lower(:given)
				  union select w.variant from given_name_variant v join given_name_variant w on w.canonical = v.canonical
				        where v.variant = lower(:given)
				),
				given_names as (
				  select name from person_given_name where name % lower(:given)
				  union select name from person_given_name where dmetaphone(name) = dmetaphone(:given)
				  union select name from short_forms
				),
				candidates as materialized (
				  select p.id, p.given_name, p.family_name, p.date_of_birth, p.postcode
				  from person p
				  where p.date_of_birth in (cast(:dob as date), cast(:swapped as date))
				     or (lower(p.family_name) = any (array(select name from family_names))
				         and lower(p.given_name) = any (array(select name from given_names)))
				     or (lower(p.family_name) = any (array(select name from family_names))
				         and p.date_of_birth between make_date(cast(:year as int), 1, 1) and make_date(cast(:year as int), 12, 31))
				),
				family_scores as materialized (
				  select name, greatest(similarity(name, lower(:family)), word_similarity(lower(:family), name),
				                        case when dmetaphone(name) = dmetaphone(:family) then 0.85 else 0 end) as score
				  from (select distinct lower(family_name) as name from candidates) n
				),
				given_scores as materialized (
				  select name, greatest(similarity(name, lower(:given)),
				                        case when dmetaphone(name) = dmetaphone(:given) then 0.85 else 0 end,
				                        case when name in (select name from short_forms) then 0.9 else 0 end) as score
				  from (select distinct lower(given_name) as name from candidates) n
				),
				scored as (
				  select c.*,
				    0.35 * f.score + 0.3 * g.score
				    + 0.3 * case when c.date_of_birth = cast(:dob as date) then 1
				                 when c.date_of_birth = cast(:swapped as date) then 0.85
				                 when extract(year from c.date_of_birth) = cast(:year as int) then 0.4
				                 else 0 end
				    + 0.05 * case when c.postcode = cast(:postcode as text) then 1
				                  when split_part(c.postcode, ' ', 1) = split_part(cast(:postcode as text), ' ', 1) then 0.5
				                  else 0 end as score
				  from candidates c
				  join family_scores f on f.name = lower(c.family_name)
				  join given_scores g on g.name = lower(c.given_name)
				)
				select id, given_name, family_name, date_of_birth, postcode, round(cast(score as numeric), 2) as score
				from scored
				where score >= 0.5
				order by score desc, family_name, given_name
				limit 10""")
			.param("given", givenName == null ? "" : givenName.trim())
			.param("family", familyName == null ? "" : familyName.trim())
			.param("dob", dateOfBirth)
			.param("swapped", swapDayAndMonth(dateOfBirth))
			.param("year", dateOfBirth == null ? null : dateOfBirth.getYear())
			.param("postcode", normalisePostcode(postcode))
			.query((rs, n) -> {
				LocalDate dob = rs.getObject("date_of_birth", LocalDate.class);
				String pc = rs.getString("postcode");
				return new PersonMatch(rs.getObject("id", UUID.class), rs.getString("given_name") + " " + rs.getString("family_name"),
						dob == null ? null : dob.getYear(), pc == null ? null : pc.split(" ")[0], rs.getDouble("score"));
			})
			.list();
	}

	/** 1987-04-12 for 1987-12-04: the same date written the American way round; none if the day cannot be a month. */
	static LocalDate swapDayAndMonth(LocalDate date) {
		return date == null || date.getDayOfMonth() > 12 ? null : LocalDate.of(date.getYear(), date.getDayOfMonth(), date.getMonthValue());
	}

	static String normalisePostcode(String postcode) {
		if (postcode == null || postcode.isBlank()) {
			return null;
		}
		String compact = postcode.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
		return compact.length() > 3 ? compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3) : compact;
	}

	static Person map(ResultSet rs, int row) throws SQLException {
		return new Person(rs.getObject("id", UUID.class), rs.getString("given_name"), rs.getString("family_name"),
				rs.getObject("date_of_birth", LocalDate.class), rs.getString("gender"), rs.getString("postcode"),
				rs.getTimestamp("updated_at").toInstant(), rs.getInt("version"));
	}

}
