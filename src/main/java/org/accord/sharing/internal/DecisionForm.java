package org.accord.sharing.internal;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.accord.platform.web.FormValues;
import org.accord.sharing.InformationCategory;
import org.accord.sharing.SharingDecision;
import org.accord.sharing.SharingGrounds;

/** A decision to share without consent, or not to share, with its grounds and justification. */
public class DecisionForm {

	@NotNull(message = "Select whether you are asking to share or recording a decision not to share")
	private SharingDecision.Kind decision;

	@NotNull(message = "Select the agency")
	private UUID agencyId;

	@NotEmpty(message = "Select what information it is about")
	private Set<InformationCategory> categories = EnumSet.noneOf(InformationCategory.class);

	private SharingGrounds grounds;

	@NotBlank(message = "Explain why it is necessary and proportionate")
	@Size(max = 2000, message = "The justification must be 2000 characters or fewer")
	private String justification;

	@NotNull(message = "Select whether the person will be told")
	private Boolean personTold;

	@Size(max = 1000, message = "The reason must be 1000 characters or fewer")
	private String notToldReason;

	private static String trim(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

	public SharingDecision.Kind getDecision() { return decision; }
	public void setDecision(SharingDecision.Kind v) { decision = v; }
	public UUID getAgencyId() { return agencyId; }
	public void setAgencyId(UUID v) { agencyId = v; }
	public Set<InformationCategory> getCategories() { return categories; }
	public void setCategories(Set<InformationCategory> v) { categories = v == null
			? EnumSet.noneOf(InformationCategory.class) : FormValues.withoutBlanks(v); }
	public SharingGrounds getGrounds() { return grounds; }
	public void setGrounds(SharingGrounds v) { grounds = v; }
	public String getJustification() { return justification; }
	public void setJustification(String v) { justification = trim(v); }
	public Boolean getPersonTold() { return personTold; }
	public void setPersonTold(Boolean v) { personTold = v; }
	public String getNotToldReason() { return notToldReason; }
	public void setNotToldReason(String v) { notToldReason = trim(v); }

}
