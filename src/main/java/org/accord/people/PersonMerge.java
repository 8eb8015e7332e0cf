package org.accord.people;

import java.time.Instant;
import java.util.UUID;

/** Two records of one person made one, with who did it and why, and whether it was undone. */
public record PersonMerge(UUID id, UUID keptId, UUID mergedId, String mergedName, String reason, String mergedByName,
		Instant mergedAt, String undoneByName, String undoneReason, Instant undoneAt) {

	public boolean active() {
		return undoneAt == null;
	}

}
