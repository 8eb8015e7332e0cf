package org.accord.audit;

import java.util.UUID;

/**
 * One thing that happened, as the caller describes it. Who did it, from where and in which request
 * is filled in by {@link AuditLog} from the request itself, so no caller can get it wrong.
 *
 * @param action what was done, in capitals (VIEW, CREATE, UPDATE, SIGN_IN, ...)
 * @param entityType the kind of record (PERSON, AGENCY, USER, ...)
 * @param entityId the record's id, when there is one
 * @param personId the person whose data this concerns, when there is one
 * @param reason why, where a reason is required (break-glass, sharing without consent)
 * @param outcome SUCCESS, DENIED or FAILED
 * @param detail a short description without personal data
 */
public record AuditEvent(String action, String entityType, String entityId, UUID personId, String reason,
		String outcome, String detail) {

	public static final String SUCCESS = "SUCCESS";

	public static final String DENIED = "DENIED";

	public static final String FAILED = "FAILED";

	public static AuditEvent of(String action, String entityType, Object entityId) {
		return new AuditEvent(action, entityType, entityId == null ? null : entityId.toString(), null, null, SUCCESS,
				null);
	}

	public AuditEvent person(UUID id) {
		return new AuditEvent(action, entityType, entityId, id, reason, outcome, detail);
	}

	public AuditEvent reason(String why) {
		return new AuditEvent(action, entityType, entityId, personId, why, outcome, detail);
	}

	public AuditEvent detail(String text) {
		return new AuditEvent(action, entityType, entityId, personId, reason, outcome, text);
	}

	public AuditEvent denied() {
		return new AuditEvent(action, entityType, entityId, personId, reason, DENIED, detail);
	}

	public AuditEvent failed() {
		return new AuditEvent(action, entityType, entityId, personId, reason, FAILED, detail);
	}

}
