package org.accord.people.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Agreeing or handing over the lead: an involved agency, optionally with its named worker, and who agreed it. */
public class LeadForm {

	/** An agency id, or "agency id:worker user id" for its named worker. */
	@NotBlank(message = "Select who leads")
	private String lead;

	@NotBlank(message = "Enter who agreed it, such as the person themself at a meeting")
	@Size(max = 300, message = "Who agreed it must be 300 characters or fewer")
	private String agreedBy;

	public String getLead() { return lead; }
	public void setLead(String v) { lead = v == null || v.isBlank() ? null : v.trim(); }
	public String getAgreedBy() { return agreedBy; }
	public void setAgreedBy(String v) { agreedBy = v == null || v.isBlank() ? null : v.trim(); }

}
