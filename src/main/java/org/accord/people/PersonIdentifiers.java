package org.accord.people;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import org.accord.audit.AuditEvent;
import org.accord.audit.AuditLog;
import org.accord.platform.web.ConflictException;
import org.accord.sharing.InformationCategory;
import org.accord.sharing.PersonAccess;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The NHS number and the references of other services a person is known by, each recorded by an agency. */
@Service
public class PersonIdentifiers {

	private static final String SELECT = """
			select i.id, i.person_id, i.type, i.value, i.category, i.recorded_by_agency_id, a.name as agency_name, i.recorded_at
			from person_identifier i join agency a on a.id = i.recorded_by_agency_id
			""";

	private final JdbcClient jdbc;

	private final People people;

	private final AuditLog audit;

	PersonIdentifiers(JdbcClient jdbc, People people, AuditLog audit) {
		this.jdbc = jdbc;
		this.people = people;
		this.audit = audit;
	}

	/**
	 * The user's agency, which works with the person now, records an identifier. It reveals what the type
	 * reveals, or what the agency's work with the person does (a social care case number).
	 */
	@Transactional
	public PersonIdentifier add(PersonAccess access, PersonIdentifier.Type type, String raw) {
		access.requireWrite();
		PersonIdentifier added = record(access.personId(), type, raw, access.agencyId(), access.user().userId());
		audit.record(AuditEvent.of("CREATE", "PERSON_IDENTIFIER", added.id()).person(access.personId()).detail(type.name()));
		return added;
	}

	/** Records as given (the demo data; a user adds through {@link #add}). */
	@Transactional
	public PersonIdentifier record(UUID personId, PersonIdentifier.Type type, String raw, UUID agencyId, UUID userId) {
		String value = type.normalise(raw, "value");
		InformationCategory category = type.category() != null ? type.category()
				: people.involvementCategory(agencyId, personId);
		UUID id = UUID.randomUUID();
		int added = jdbc.sql("""
				insert into person_identifier (id, person_id, type, value, category, recorded_by_agency_id, recorded_by)
				values (?, ?, ?, ?, ?, ?, ?) on conflict (person_id, type, value) do nothing""")
			.params(id, personId, type.name(), value, category.name(), agencyId, userId)
			.update();
		if (added == 0) {
			throw new ConflictException("This " + type.label() + " is already on the record");
		}
		return jdbc.sql(SELECT + " where i.id = ?").param(id).query(PersonIdentifiers::identifier).single();
	}

	/** The identifiers of the record (and those merged into it) the user may see. */
	public List<PersonIdentifier> visibleTo(PersonAccess access) {
		return jdbc.sql(SELECT + " where i.person_id in " + People.FAMILY + " order by i.type, i.recorded_at")
			.param("p", access.personId())
			.query(PersonIdentifiers::identifier)
			.list()
			.stream()
			.filter(i -> access.canSee(i.category(), i.recordedByAgencyId()))
			.toList();
	}

	/** Every identifier held, for the subject access export and retention. */
	public List<PersonIdentifier> all(UUID personId) {
		return jdbc.sql(SELECT + " where i.person_id = ? order by i.type, i.recorded_at")
			.param(personId)
			.query(PersonIdentifiers::identifier)
			.list();
	}

	private static PersonIdentifier identifier(ResultSet rs, int row) throws SQLException {
		return new PersonIdentifier(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
				PersonIdentifier.Type.valueOf(rs.getString("type")), rs.getString("value"),
				InformationCategory.valueOf(rs.getString("category")), rs.getObject("recorded_by_agency_id", UUID.class),
				rs.getString("agency_name"), rs.getTimestamp("recorded_at").toInstant());
	}

}
