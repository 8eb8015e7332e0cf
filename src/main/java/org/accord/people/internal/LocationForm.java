package org.accord.people.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The confidential location (a refuge's address) as the holding agency records it. */
public class LocationForm {

	@NotBlank(message = "Enter the address")
	@Size(max = 500, message = "The address must be 500 characters or fewer")
	private String address;

	public String getAddress() { return address; }
	public void setAddress(String v) { address = v == null || v.isBlank() ? null : v.trim(); }

}
