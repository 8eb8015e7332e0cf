package org.accord.people.internal;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.accord.people.RelationshipType;

/** Recording who another person is to this one: both must be people the user's agency works with. */
public class RelationshipForm {

	@NotNull(message = "Select the person")
	private UUID personId;

	@NotNull(message = "Select what they are to this person")
	private RelationshipType type;

	public UUID getPersonId() { return personId; }
	public void setPersonId(UUID v) { personId = v; }
	public RelationshipType getType() { return type; }
	public void setType(RelationshipType v) { type = v; }

}
