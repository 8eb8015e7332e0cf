package org.accord.referral.internal;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.accord.referral.Referral;
import org.accord.sharing.InformationCategory;

/** The referral form: the service, why, the categories to share and the pre-referral checklist. */
public class ReferralForm {

	@NotNull(message = "Choose the service you are referring to")
	private UUID toServiceId;

	@NotBlank(message = "Say why you are referring: what the person needs from the service")
	@Size(max = 4000, message = "Say why in 4000 characters or fewer")
	private String reason;

	@NotEmpty(message = "Choose what to share: at least the core profile")
	private Set<InformationCategory> categories = EnumSet.of(InformationCategory.CORE_PROFILE);

	@AssertTrue(message = "Confirm that the person meets the service's criteria")
	private boolean criteriaMet;

	@AssertTrue(message = "Confirm that the person understands why they are referred and what happens next")
	private boolean personUnderstands;

	@AssertTrue(message = "Confirm that the person agreed to this referral and to what it shares")
	private boolean consentGiven;

	@AssertTrue(message = "Confirm that you know how the service can contact the person safely")
	private boolean safeContactChecked;

	@NotBlank(message = "Say whether the person can attend alone")
	private String attendsAlone;

	@Size(max = 100, message = "Name the language in 100 characters or fewer")
	private String interpreter;

	Referral.Draft draft() {
		return new Referral.Draft(toServiceId, reason, categories, new Referral.Checklist(
				criteriaMet && personUnderstands && consentGiven && safeContactChecked, "YES".equals(attendsAlone),
				interpreter));
	}

	// @formatter:off
	public UUID getToServiceId() { return toServiceId; }
	public void setToServiceId(UUID v) { toServiceId = v; }
	public String getReason() { return reason; }
	public void setReason(String v) { reason = v == null || v.isBlank() ? null : v.strip(); }
	public Set<InformationCategory> getCategories() { return categories; }
	public void setCategories(Set<InformationCategory> v) {
		categories = v == null || v.isEmpty() ? EnumSet.noneOf(InformationCategory.class) : EnumSet.copyOf(v);
	}
	public boolean isCriteriaMet() { return criteriaMet; }
	public void setCriteriaMet(boolean v) { criteriaMet = v; }
	public boolean isPersonUnderstands() { return personUnderstands; }
	public void setPersonUnderstands(boolean v) { personUnderstands = v; }
	public boolean isConsentGiven() { return consentGiven; }
	public void setConsentGiven(boolean v) { consentGiven = v; }
	public boolean isSafeContactChecked() { return safeContactChecked; }
	public void setSafeContactChecked(boolean v) { safeContactChecked = v; }
	public String getAttendsAlone() { return attendsAlone; }
	public void setAttendsAlone(String v) { attendsAlone = v == null || v.isBlank() ? null : v.strip(); }
	public String getInterpreter() { return interpreter; }
	public void setInterpreter(String v) { interpreter = v == null || v.isBlank() ? null : v.strip(); }
	// @formatter:on

}
