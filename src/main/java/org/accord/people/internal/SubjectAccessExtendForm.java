package org.accord.people.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Extending a request by two months: why it is complex or numerous, which the person is told. */
public class SubjectAccessExtendForm {

	@NotBlank(message = "Enter why more time is needed")
	@Size(max = 1000, message = "The reason must be 1000 characters or fewer")
	private String reason;

	private int version;

	public String getReason() { return reason; }
	public void setReason(String v) { reason = v == null || v.isBlank() ? null : v.trim(); }
	public int getVersion() { return version; }
	public void setVersion(int v) { version = v; }

}
