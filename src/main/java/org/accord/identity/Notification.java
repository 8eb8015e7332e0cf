package org.accord.identity;

import java.time.Instant;
import java.util.UUID;

/** A message to an agency, or to one person there; some are tasks that a named person acknowledges. */
public record Notification(UUID id, UUID agencyId, UUID userId, String subject, String body, String link, boolean needsAcknowledgement,
		Instant createdAt, String acknowledgedByName, Instant acknowledgedAt) {

	public boolean open() {
		return needsAcknowledgement && acknowledgedAt == null;
	}

}
