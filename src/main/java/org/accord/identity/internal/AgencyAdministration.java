package org.accord.identity.internal;

import java.util.List;
import java.util.UUID;

import org.accord.audit.AuditEvent;
import org.accord.audit.AuditLog;
import org.accord.identity.AgencyType;
import org.accord.platform.security.AccordPrincipal;
import org.accord.platform.security.Role;
import org.accord.platform.web.ConflictException;
import org.accord.platform.web.InvalidInputException;
import org.accord.platform.web.Problems;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The administrator adds and changes the partnership's agencies, each act in one transaction with its audit row. */
@Service
class AgencyAdministration {

	record Details(String name, AgencyType type, boolean requiresTwoFactor, boolean enabled) {
	}

	private final JdbcClient jdbc;

	private final AuditLog audit;

	AgencyAdministration(JdbcClient jdbc, AuditLog audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/** What the agencies already stored refuse in these details ({@code self}: the agency being changed, or null). */
	List<Problems.FieldMessage> refusals(Details details, UUID self) {
		if (details.name() == null || details.name().isBlank()) {
			return List.of();
		}
		boolean taken = jdbc.sql("select count(*) from agency where lower(name) = lower(?) "
				+ "and id <> coalesce(?, '00000000-0000-0000-0000-000000000000'::uuid)")
			.params(details.name(), self).query(Integer.class).single() > 0;
		return taken ? List.of(new Problems.FieldMessage("name", "An agency with this name already exists")) : List.of();
	}

	/** @throws InvalidInputException when another agency has the name */
	@Transactional
	UUID create(AccordPrincipal admin, Details details) {
		requireAdministrator(admin);
		refuse(refusals(details, null));
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into agency (id, name, type, requires_two_factor, enabled) values (?, ?, ?, ?, ?)")
			.params(id, details.name(), details.type().name(), details.requiresTwoFactor(), details.enabled())
			.update();
		audit.record(AuditEvent.of("CREATE", "AGENCY", id));
		return id;
	}

	/**
	 * Changes the agency if nobody changed it since {@code version}.
	 * @throws InvalidInputException when another agency has the name
	 * @throws ConflictException when someone else changed it first; nothing is saved
	 */
	@Transactional
	void update(AccordPrincipal admin, UUID id, int version, Details details) {
		requireAdministrator(admin);
		refuse(refusals(details, id));
		int rows = jdbc.sql("""
				update agency set name = ?, type = ?, requires_two_factor = ?, enabled = ?, updated_at = now(),
				  version = version + 1 where id = ? and version = ?""")
			.params(details.name(), details.type().name(), details.requiresTwoFactor(), details.enabled(), id, version)
			.update();
		if (rows == 0) {
			throw new ConflictException("This agency was changed by someone else since you opened it; nothing was saved");
		}
		audit.record(AuditEvent.of("UPDATE", "AGENCY", id));
	}

	private static void refuse(List<Problems.FieldMessage> refusals) {
		if (!refusals.isEmpty()) {
			throw new InvalidInputException(refusals);
		}
	}

	private static void requireAdministrator(AccordPrincipal admin) {
		if (!admin.hasRole(Role.ADMINISTRATOR)) {
			throw new AccessDeniedException("Administrators only");
		}
	}

}
