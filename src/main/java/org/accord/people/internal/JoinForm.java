package org.accord.people.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.accord.people.JoinGrounds;

/** Joining a record: why the agency joins, in a few words, and the worker's role with the person. */
public class JoinForm {

	@NotNull(message = "Select why your agency is joining this record")
	private JoinGrounds grounds;

	@NotBlank(message = "Enter the reason your agency is joining this record")
	@Size(max = 1000, message = "The reason must be 1000 characters or fewer")
	private String reason;

	@Size(max = 100, message = "Your role must be 100 characters or fewer")
	private String role;

	private static String trim(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

	public JoinGrounds getGrounds() { return grounds; }
	public void setGrounds(JoinGrounds v) { grounds = v; }
	public String getReason() { return reason; }
	public void setReason(String v) { reason = trim(v); }
	public String getRole() { return role; }
	public void setRole(String v) { role = trim(v); }

}
