package org.accord.people.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.accord.people.PersonIdentifier;

/** Adding an identifier: which kind, and its value as written on the letter or screen. */
public class IdentifierForm {

	@NotNull(message = "Select the kind of identifier")
	private PersonIdentifier.Type type;

	@NotBlank(message = "Enter the number or reference")
	@Size(max = 60, message = "The number or reference must be 60 characters or fewer")
	private String value;

	public PersonIdentifier.Type getType() { return type; }
	public void setType(PersonIdentifier.Type v) { type = v; }
	public String getValue() { return value; }
	public void setValue(String v) { value = v == null || v.isBlank() ? null : v.trim(); }

}
