package org.accord.sharing.internal;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import org.accord.platform.web.DateInput;
import org.accord.platform.web.FormValues;
import org.accord.sharing.Consent;
import org.accord.sharing.InformationCategory;

import org.springframework.validation.Errors;

/** Recording a person's consent: what, with whom, for what, how it was given and until when. */
public class ConsentForm {

	@NotEmpty(message = "Select what the person agrees to share")
	private Set<InformationCategory> categories = EnumSet.noneOf(InformationCategory.class);

	@NotEmpty(message = "Select who it may be shared with")
	private Set<UUID> agencyIds = new LinkedHashSet<>();

	private Set<UUID> holderAgencyIds = new LinkedHashSet<>();

	@NotBlank(message = "Enter what it is shared for")
	@Size(max = 500, message = "What it is shared for must be 500 characters or fewer")
	private String purpose;

	private Consent.HowGiven howGiven = Consent.HowGiven.VERBAL;

	private String expiresDay;

	private String expiresMonth;

	private String expiresYear;

	@Size(max = 1000, message = "The note on capacity must be 1000 characters or fewer")
	private String capacityNote;

	/** The expiry date, null when left blank, or null with an error when it is not a date. */
	LocalDate expiresOn(Errors errors) {
		return DateInput.read(errors, "expiresDay", expiresDay, expiresMonth, expiresYear, null,
				"The expiry date must be a real date, like 1 3 2027");
	}

	private static String trim(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

	public Set<InformationCategory> getCategories() { return categories; }
	public void setCategories(Set<InformationCategory> v) { categories = v == null
			? EnumSet.noneOf(InformationCategory.class) : FormValues.withoutBlanks(v); }
	public Set<UUID> getAgencyIds() { return agencyIds; }
	public void setAgencyIds(Set<UUID> v) { agencyIds = v == null ? new LinkedHashSet<>() : FormValues.withoutBlanks(v); }
	public Set<UUID> getHolderAgencyIds() { return holderAgencyIds; }
	public void setHolderAgencyIds(Set<UUID> v) { holderAgencyIds = v == null ? new LinkedHashSet<>()
			: FormValues.withoutBlanks(v); }
	public String getPurpose() { return purpose; }
	public void setPurpose(String v) { purpose = trim(v); }
	public Consent.HowGiven getHowGiven() { return howGiven; }
	public void setHowGiven(Consent.HowGiven v) { howGiven = v; }
	public String getExpiresDay() { return expiresDay; }
	public void setExpiresDay(String v) { expiresDay = trim(v); }
	public String getExpiresMonth() { return expiresMonth; }
	public void setExpiresMonth(String v) { expiresMonth = trim(v); }
	public String getExpiresYear() { return expiresYear; }
	public void setExpiresYear(String v) { expiresYear = trim(v); }
	public String getCapacityNote() { return capacityNote; }
	public void setCapacityNote(String v) { capacityNote = trim(v); }

}
