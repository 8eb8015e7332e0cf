package org.accord.people;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.Locale;
import java.util.Optional;
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

	private static final String COLUMNS = "id, given_name, family_name, date_of_birth, gender, postcode, updated_at, version";

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
				recordSource(id, field, null, agencyId, workerUserId);
			}
		}
		return id;
	}

	/** The person, unless there is none or the record was merged into another (see {@link #mergedInto}). */
	public Optional<Person> find(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from person where id = ? and merged_into is null").param(id).query(People::map).optional();
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
				  and (cast(:q as text) is null or lower(p.given_name || ' ' || p.family_name) like '%' || lower(cast(:q as text)) || '%')""";
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
				+ " and lower(given_name || ' ' || family_name) like '%' || lower(:q) || '%' order by family_name, given_name, date_of_birth limit :limit")
			.param("q", text.replace("%", "").replace("_", "")).param("limit", limit)
			.query(People::map).list();
	}

	/** The record that this one was merged into, if it was. */
	@Override
	public Optional<UUID> mergedInto(UUID id) {
		return jdbc.sql("select merged_into from person where id = ? and merged_into is not null").param(id).query(UUID.class).optional();
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
	 * Changes the person row and the given profile values if nobody has changed the record since
	 * {@code version}, recording the agency as the source of every field whose value changed. A null
	 * or blank value clears a profile field. Returns the fields that changed.
	 */
	@Transactional
	public Set<ProfileField> change(UUID id, int version, Draft row, Map<ProfileField, String> values, UUID agencyId, UUID userId) {
		Person before = find(id).orElseThrow(() -> new org.accord.platform.web.NotFoundException("Person"));
		update(id, version, row);
		Person after = find(id).orElseThrow();
		Map<ProfileField, ProfileValue> current = profile(id);
		Set<ProfileField> changed = EnumSet.noneOf(ProfileField.class);
		for (ProfileField field : ProfileField.values()) {
			if (field.onPersonRow() && !Objects.equals(rowValue(before, field), rowValue(after, field))) {
				recordSource(id, field, null, agencyId, userId);
				changed.add(field);
			}
		}
		values.forEach((field, value) -> {
			if (field.onPersonRow()) {
				return;
			}
			String stored = field.canonical(value);
			ProfileValue existing = current.get(field);
			if (Objects.equals(stored, existing == null ? null : existing.value())) {
				return;
			}
			if (stored == null) {
				jdbc.sql("delete from person_field where person_id = ? and field = ?").params(id, field.name()).update();
			}
			else {
				recordSource(id, field, stored, agencyId, userId);
			}
			changed.add(field);
		});
		return changed;
	}

	/**
	 * The profile as stored: every field with a value, with its source agency and last update. The
	 * caller shows only the fields of categories the access policy allows.
	 */
	public Map<ProfileField, ProfileValue> profile(UUID personId) {
		Person person = find(personId).orElse(null);
		if (person == null) {
			return Map.of();
		}
		Map<ProfileField, ProfileValue> profile = new EnumMap<>(ProfileField.class);
		jdbc.sql("""
				select f.field, f.value, f.source_agency_id, a.name, f.updated_at
				from person_field f join agency a on a.id = f.source_agency_id where f.person_id in """ + FAMILY + """
				order by (f.person_id = :p), f.updated_at""")
			.param("p", personId)
			.query((rs, n) -> {
				ProfileField field = ProfileField.valueOf(rs.getString(1));
				String value = field.onPersonRow() ? rowValue(person, field) : rs.getString(2);
				return value == null ? null : new ProfileValue(field, value, rs.getObject(3, UUID.class), rs.getString(4),
						rs.getTimestamp(5).toInstant());
			})
			.list()
			.stream()
			.filter(Objects::nonNull)
			.forEach(v -> profile.put(v.field(), v));
		for (ProfileField field : ProfileField.values()) {
			if (field.onPersonRow() && !profile.containsKey(field) && rowValue(person, field) != null) {
				profile.put(field, new ProfileValue(field, rowValue(person, field), null, null, person.updatedAt()));
			}
		}
		return profile;
	}

	private void recordSource(UUID personId, ProfileField field, String value, UUID agencyId, UUID userId) {
		jdbc.sql("""
				insert into person_field (person_id, field, value, source_agency_id, updated_by, updated_at) values (?, ?, ?, ?, ?, ?)
				on conflict (person_id, field) do update set value = excluded.value, source_agency_id = excluded.source_agency_id,
				  updated_by = excluded.updated_by, updated_at = excluded.updated_at""")
			.params(personId, field.name(), value, agencyId, userId, java.sql.Timestamp.from(clock.instant()))
			.update();
	}

	private static String rowValue(Person p, ProfileField field) {
		return switch (field) {
			case GIVEN_NAME -> p.givenName();
			case FAMILY_NAME -> p.familyName();
			case DATE_OF_BIRTH -> p.dateOfBirth() == null ? null : p.dateOfBirth().toString();
			case GENDER -> p.gender();
			case POSTCODE -> p.postcode();
			default -> null;
		};
	}

	/**
	 * Makes the agency involved on the given grounds, unless it already is; returns whether it was new.
	 * {@link Involvements#join} is the way a user joins: it checks, tells the lead professional and audits.
	 */
	public boolean involve(UUID personId, UUID agencyId, String role, UUID workerUserId, JoinGrounds grounds, String reason) {
		if (isInvolved(agencyId, personId)) {
			return false;
		}
		jdbc.sql("""
				insert into involvement (id, person_id, agency_id, role, worker_user_id, started_on, grounds, reason, joined_by, category)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), personId, agencyId, role, workerUserId, LocalDate.now(clock), grounds.name(), reason, workerUserId,
					categoryOf(agencyId).name())
			.update();
		return true;
	}

	/** For the demo data and tests: the agency is involved, its grounds recorded as "other". */
	public boolean involve(UUID personId, UUID agencyId, String role, UUID workerUserId) {
		return involve(personId, agencyId, role, workerUserId, JoinGrounds.OTHER, "Recorded with the partnership's existing caseload");
	}

	/**
	 * What being involved with this agency reveals: its own setting, or the default of its type (the mental
	 * health team's is MENTAL_HEALTH). Its appointments and chronology entries default to it too.
	 */
	public InformationCategory categoryOf(UUID agencyId) {
		return jdbc.sql("""
				select coalesce(c.category, case a.type when 'MENTAL_HEALTH' then 'MENTAL_HEALTH' when 'DRUG_AND_ALCOHOL' then 'SUBSTANCE_USE'
				  when 'PROBATION' then 'CRIMINAL_JUSTICE' when 'CHILDRENS_SOCIAL_CARE' then 'CHILDREN' else 'CORE_PROFILE' end) as category
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
		return involvements(personId).stream().filter(i -> i.agencyId().equals(agencyId)).map(Involvement::category).findFirst()
			.orElseGet(() -> categoryOf(agencyId));
	}

	/** Every involvement with the person, as stored; whoever lists them keeps only those the decision shows. */
	public List<Involvement> involvements(UUID personId) {
		return jdbc.sql("""
				select i.id, i.person_id, i.agency_id, a.name as agency_name, i.role, i.worker_user_id, u.display_name as worker_name,
				  i.started_on, i.ended_on, i.category, i.grounds, i.reason, i.end_reason, i.ongoing_support
				from involvement i join agency a on a.id = i.agency_id left join app_user u on u.id = i.worker_user_id
				where i.person_id in """ + FAMILY + """
				order by i.ended_on nulls first, i.started_on, a.name""")
			.param("p", personId)
			.query((rs, n) -> new Involvement(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
					rs.getObject("agency_id", UUID.class), rs.getString("agency_name"), rs.getString("role"),
					rs.getObject("worker_user_id", UUID.class), rs.getString("worker_name"), rs.getObject("started_on", LocalDate.class),
					rs.getObject("ended_on", LocalDate.class), InformationCategory.valueOf(rs.getString("category")),
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
				select r.person_id in """ + FAMILY + """
				as outward, r.person_id, r.related_person_id, r.type,
				  coalesce(fm.merged_into, fm.id), coalesce(tm.merged_into, tm.id)
				from relationship r join person fm on fm.id = r.person_id join person tm on tm.id = r.related_person_id
				where r.person_id in """ + FAMILY + """
				or r.related_person_id in """ + FAMILY + """
				order by r.created_at""")
			.param("p", personId)
			.query((rs, n) -> {
				// Either end may itself be a merged record: it is shown as the record it was merged into.
				boolean outward = rs.getBoolean(1);
				UUID other = outward ? rs.getObject(6, UUID.class) : rs.getObject(5, UUID.class);
				RelationshipType type = RelationshipType.valueOf(rs.getString(4));
				return new Relationship(personId, other, outward ? type : type.inverse());
			})
			.list()
			.stream()
			.filter(r -> !r.relatedPersonId().equals(personId))
			.distinct()
			.toList();
	}

	public Optional<LeadProfessional> leadProfessional(UUID personId) {
		return jdbc.sql("""
				select l.agency_id, a.name, l.worker_user_id, u.display_name, l.agreed_by, l.recorded_at
				from lead_professional l join agency a on a.id = l.agency_id left join app_user u on u.id = l.worker_user_id
				where l.person_id in """ + FAMILY + """
				order by (l.person_id = :p) desc, l.recorded_at desc limit 1""")
			.param("p", personId)
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
		return jdbc.sql("select address from confidential_location where person_id in " + FAMILY
				+ " and agency_id = :a order by updated_at desc limit 1")
			.param("p", personId).param("a", agencyId).query(String.class).optional();
	}

	/** A confidential location and the agency that holds it. */
	public record HeldLocation(String agencyName, String address, java.time.Instant updatedAt) {
	}

	/**
	 * Which agencies hold a confidential location for the person, and since when: for the subject access
	 * export, which names the holder and never shows the address.
	 */
	public List<HeldLocation> confidentialLocationsForSubjectAccess(UUID personId) {
		return jdbc.sql("select a.name, c.address, c.updated_at from confidential_location c join agency a on a.id = c.agency_id where c.person_id in "
				+ FAMILY + " order by a.name")
			.param("p", personId)
			.query((rs, n) -> new HeldLocation(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant()))
			.list();
	}

	public void holdConfidentialLocation(UUID personId, UUID agencyId, String address, UUID userId) {
		jdbc.sql("""
				insert into confidential_location (person_id, agency_id, address, recorded_by) values (?, ?, ?, ?)
				on conflict (person_id, agency_id) do update set address = excluded.address, recorded_by = excluded.recorded_by,
				  updated_at = now()""")
			.params(personId, agencyId, address, userId)
			.update();
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
		Person kept = find(keptId).orElseThrow(() -> new org.accord.platform.web.NotFoundException("Person"));
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
		if (find(keptId).isEmpty() || find(duplicateId).isEmpty()) {
			return Optional.of("Both records must exist and not already be merged");
		}
		boolean compartments = relationships(keptId).stream()
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

	@Override
	public boolean wasEverInvolved(UUID agencyId, UUID personId) {
		return jdbc.sql("select count(*) from involvement where agency_id = :a and person_id in " + FAMILY)
			.param("a", agencyId).param("p", personId).query(Integer.class).single() > 0;
	}

	@Override
	public List<UUID> recordAndMerged(UUID personId) {
		return jdbc.sql("select m.id from person m where m.id = :p or m.merged_into = :p").param("p", personId).query(UUID.class).list();
	}

	@Override
	public Optional<String> name(UUID personId) {
		return find(personId).map(p -> p.givenName() + " " + p.familyName());
	}

	@Override
	public List<UUID> involvedAgenciesKnownTo(org.accord.sharing.AccessDecision decision) {
		return involvements(decision.personId()).stream().filter(i -> decision.canSee(i.category(), i.agencyId())).map(Involvement::agencyId)
			.distinct().toList();
	}

	@Override
	public boolean isInvolved(UUID agencyId, UUID personId) {
		return jdbc.sql("select count(*) from involvement where agency_id = :a and person_id in " + FAMILY + " and ended_on is null")
			.param("a", agencyId).param("p", personId).query(Integer.class).single() > 0;
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
				  where p.merged_into is null
				    and (p.date_of_birth in (cast(:dob as date), cast(:swapped as date))
				     or (lower(p.family_name) = any (array(select name from family_names))
				         and lower(p.given_name) = any (array(select name from given_names)))
				     or (lower(p.family_name) = any (array(select name from family_names))
				         and p.date_of_birth between make_date(cast(:year as int), 1, 1) and make_date(cast(:year as int), 12, 31)))
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
