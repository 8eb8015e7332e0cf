package org.accord.identity;

import java.time.Instant;
import java.util.UUID;

/**
 * A message to an agency, or to one person there; some are tasks that a named person acknowledges.
 * {@code personId} is the person it is about, if any.
 */
public record Notification(UUID id, UUID agencyId, UUID userId, String subject, String body, String link,
		boolean needsAcknowledgement, Instant createdAt, String acknowledgedByName, Instant acknowledgedAt, UUID personId) {

	static final String HIDDEN_SUBJECT = "About a person whose record you can no longer see";

	static final String HIDDEN_BODY = "This notification is about a person whose record your agency can no longer "
			+ "see, so it does not " + "name them. If it asks you to act, ask the agency that sent it.";

	public boolean open() {
		return needsAcknowledgement && acknowledgedAt == null;
	}

	/** The notification as this reader may read it: without the person when they may no longer see them. */
	public Notification forReader(boolean mayNamePerson) {
		if (personId == null || mayNamePerson) {
			return this;
		}
		return new Notification(id, agencyId, userId, HIDDEN_SUBJECT, HIDDEN_BODY, null, needsAcknowledgement, createdAt,
				acknowledgedByName, acknowledgedAt, personId);
	}

}
