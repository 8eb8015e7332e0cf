package org.accord.people;

import java.util.UUID;

/** {@code relatedPersonId} is the {@code type} of {@code personId} (for example: her PERPETRATOR). */
public record Relationship(UUID personId, UUID relatedPersonId, RelationshipType type) {
}
