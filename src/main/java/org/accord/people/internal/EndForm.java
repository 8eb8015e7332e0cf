package org.accord.people.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Ending an agency's involvement: why, and what support stays in place for the person (003:98). */
public class EndForm {

	@NotBlank(message = "Enter why your agency is ending its involvement")
	@Size(max = 1000, message = "The reason must be 1000 characters or fewer")
	private String reason;

	@NotBlank(message = "Enter the support that stays in place for the person")
	@Size(max = 1000, message = "The ongoing support must be 1000 characters or fewer")
	private String ongoingSupport;

	private static String trim(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

	public String getReason() { return reason; }
	public void setReason(String v) { reason = trim(v); }
	public String getOngoingSupport() { return ongoingSupport; }
	public void setOngoingSupport(String v) { ongoingSupport = trim(v); }

}
