package org.accord.people.internal;

import java.util.UUID;

import org.accord.audit.AuditEvent;
import org.accord.audit.AuditLog;
import org.accord.people.People;
import org.accord.platform.security.AccordPrincipal;
import org.accord.platform.security.Role;
import org.accord.sharing.InformationCategory;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An administrator decides what an involvement with each agency reveals; the change is audited. */
@Service
class InvolvementCategories {

	private final People people;

	private final AuditLog audit;

	InvolvementCategories(People people, AuditLog audit) {
		this.people = people;
		this.audit = audit;
	}

	/** Gives the agency its own category, or (null) its type's default, for involvements recorded from now on. */
	@Transactional
	InformationCategory set(AccordPrincipal admin, UUID agencyId, InformationCategory chosen) {
		if (!admin.hasRole(Role.ADMINISTRATOR)) {
			throw new AccessDeniedException("Administrators only");
		}
		people.setCategoryOf(agencyId, chosen, admin.userId());
		audit.record(AuditEvent.of("UPDATE", "INVOLVEMENT_CATEGORY", agencyId)
			.detail(chosen == null ? "type default" : chosen.name()));
		return people.categoryOf(agencyId);
	}

}
