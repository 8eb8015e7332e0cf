package org.accord.people;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Refuge and safe-house addresses, each held by one agency, which alone ever reads it. */
@Component
public class ConfidentialLocations {

	private final JdbcClient jdbc;

	private final org.accord.audit.AuditLog audit;

	ConfidentialLocations(JdbcClient jdbc, org.accord.audit.AuditLog audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/**
	 * The user's agency, which must work with the person now, records or changes the location it holds:
	 * it alone will ever see it. The audit row names the holder, never the address.
	 */
	@org.springframework.transaction.annotation.Transactional
	public void hold(org.accord.sharing.PersonAccess access, String address) {
		access.requireWrite();
		hold(access.personId(), access.agencyId(), address, access.user().userId());
		audit.record(org.accord.audit.AuditEvent.of("UPDATE", "CONFIDENTIAL_LOCATION", access.personId())
				.person(access.personId())
			.detail("held by " + access.user().agencyName()));
	}

	/** The confidential location that this agency holds for the person; no other agency's is ever read. */
	public Optional<String> heldBy(UUID personId, UUID agencyId) {
		return jdbc.sql("select address from confidential_location where person_id in " + People.FAMILY
				+ " and agency_id = :a order by updated_at desc limit 1")
			.param("p", personId).param("a", agencyId).query(String.class).optional();
	}

	/** A confidential location and the agency that holds it. */
	public record Held(String agencyName, String address, java.time.Instant updatedAt) {
	}

	/**
	 * Which agencies hold a confidential location for the person, and since when: for the subject access
	 * export, which names the holder and never shows the address.
	 */
	public List<Held> forSubjectAccess(UUID personId) {
		return jdbc.sql("select a.name as agency_name, c.address, c.updated_at from confidential_location c join agency a "
				+ "on a.id = c.agency_id where c.person_id in " + People.FAMILY + " order by a.name")
			.param("p", personId)
			.query((rs, n) -> new Held(rs.getString("agency_name"), rs.getString("address"),
					rs.getTimestamp("updated_at").toInstant()))
			.list();
	}

	/**
	 * Records as given (the demo data and tests); {@link #hold(org.accord.sharing.PersonAccess, String)} is the way a user
	 * does.
	 */
	public void hold(UUID personId, UUID agencyId, String address, UUID userId) {
		jdbc.sql("""
				insert into confidential_location (person_id, agency_id, address, recorded_by) values (?, ?, ?, ?)
				on conflict (person_id, agency_id) do update set address = excluded.address, recorded_by = excluded.recorded_by,
				  updated_at = now()""")
			.params(personId, agencyId, address, userId)
			.update();
	}

}
