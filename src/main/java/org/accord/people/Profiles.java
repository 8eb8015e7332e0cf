package org.accord.people;

import java.time.Clock;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The shared profile: each value filled once, with the agency that set it last and when. */
@Component
public class Profiles {

	private final JdbcClient jdbc;

	private final People people;

	private final Clock clock;

	private final org.accord.audit.AuditLog audit;

	Profiles(JdbcClient jdbc, People people, Clock clock, org.accord.audit.AuditLog audit) {
		this.audit = audit;
		this.jdbc = jdbc;
		this.people = people;
		this.clock = clock;
	}

	/**
	 * The user's agency, which must work with the person now, changes the record: the person row and the
	 * given profile values, if nobody has changed it since {@code version}. The audit names the fields
	 * changed, never their values (a code word, a safe number). Returns the fields that changed.
	 */
	@Transactional
	public Set<ProfileField> change(org.accord.sharing.PersonAccess access, int version, People.Draft row,
			Map<ProfileField, String> values) {
		access.requireWrite();
		Set<ProfileField> changed = change(access.personId(), version, row, values, access.agencyId(),
				access.user().userId());
		audit.record(org.accord.audit.AuditEvent.of("UPDATE", "PERSON", access.personId()).person(access.personId())
			.detail("changed: " + changed.stream().map(ProfileField::key).toList()));
		return changed;
	}

	/**
	 * Changes as given (the demo data and tests; a user changes through {@link #change(org.accord.sharing.PersonAccess,
	 * int, People.Draft, Map)}):
	 * the person row and the given profile values if nobody has changed the record since
	 * {@code version}, recording the agency as the source of every field whose value changed. A null
	 * or blank value clears a profile field. Returns the fields that changed.
	 */
	@Transactional
	public Set<ProfileField> change(UUID id, int version, People.Draft row, Map<ProfileField, String> values,
			UUID agencyId, UUID userId) {
		Person before = people.find(id).orElseThrow(() -> new org.accord.platform.web.NotFoundException("Person"));
		people.update(id, version, row);
		Person after = people.find(id).orElseThrow();
		Map<ProfileField, ProfileValue> current = profile(id);
		Set<ProfileField> changed = EnumSet.noneOf(ProfileField.class);
		for (ProfileField field : ProfileField.values()) {
			if (field.onPersonRow() && !Objects.equals(People.rowValue(before, field), People.rowValue(after, field))) {
				recordSource(jdbc, clock, id, field, null, agencyId, userId);
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
				recordSource(jdbc, clock, id, field, stored, agencyId, userId);
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
		Person person = people.find(personId).orElse(null);
		if (person == null) {
			return Map.of();
		}
		Map<ProfileField, ProfileValue> profile = new EnumMap<>(ProfileField.class);
		jdbc.sql("""
				select f.field, f.value, f.recorded_by_agency_id, a.name as agency_name, f.updated_at
				from person_field f join agency a on a.id = f.recorded_by_agency_id where f.person_id in """ + People.FAMILY + """
				order by (f.person_id = :p), f.updated_at""")
			.param("p", personId)
			.query((rs, n) -> {
				ProfileField field = ProfileField.valueOf(rs.getString("field"));
				String value = field.onPersonRow() ? People.rowValue(person, field) : rs.getString("value");
				return value == null ? null : new ProfileValue(field, value, rs.getObject("recorded_by_agency_id", UUID.class),
						rs.getString("agency_name"), rs.getTimestamp("updated_at").toInstant());
			})
			.list()
			.stream()
			.filter(Objects::nonNull)
			.forEach(v -> profile.put(v.field(), v));
		for (ProfileField field : ProfileField.values()) {
			if (field.onPersonRow() && !profile.containsKey(field) && People.rowValue(person, field) != null) {
				profile.put(field, new ProfileValue(field, People.rowValue(person, field), null, null, person.updatedAt()));
			}
		}
		return profile;
	}

	/** Records the agency as the source of the field's value, now. */
	static void recordSource(JdbcClient jdbc, Clock clock, UUID personId, ProfileField field, String value, UUID agencyId,
			UUID userId) {
		jdbc.sql("""
				insert into person_field (person_id, field, value, recorded_by_agency_id, updated_by, updated_at)
				  values (?, ?, ?, ?, ?, ?)
				on conflict (person_id, field) do update set value = excluded.value,
				  recorded_by_agency_id = excluded.recorded_by_agency_id, updated_by = excluded.updated_by,
				  updated_at = excluded.updated_at""")
			.params(personId, field.name(), value, agencyId, userId, java.sql.Timestamp.from(clock.instant()))
			.update();
	}

}
