package org.accord.sharing.internal;

import java.time.LocalDate;

import org.accord.audit.AuditEvent;
import org.accord.audit.AuditLog;
import org.accord.audit.AuditTrail;
import org.accord.sharing.PersonAccess;
import org.accord.sharing.Purpose;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading a person's access log, which only information governance may, is itself audited. */
@Service
class AccessLogs {

	private final AuditTrail trail;

	private final AuditLog audit;

	AccessLogs(AuditTrail trail, AuditLog audit) {
		this.trail = trail;
		this.audit = audit;
	}

	@Transactional
	AuditTrail.Page read(PersonAccess access, LocalDate from, LocalDate to, int page, int size) {
		if (access.purpose() != Purpose.GOVERNANCE) {
			throw new AccessDeniedException("The access log is for information governance");
		}
		audit.record(AuditEvent.of("ACCESS_LOG", "PERSON", access.personId()).person(access.personId()));
		return trail.forPerson(access.personId(), from, to, Math.max(page, 0), size);
	}

}
