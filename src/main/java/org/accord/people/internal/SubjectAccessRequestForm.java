package org.accord.people.internal;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.accord.people.SubjectAccessRequest.IdentityCheck;
import org.accord.people.SubjectAccessRequests;
import org.accord.platform.web.DateInput;

import org.springframework.validation.Errors;

/** Opening a subject access request: who asked, how we know it is them, and when it arrived. */
public class SubjectAccessRequestForm {

	@NotNull(message = "Select who is asking")
	private Boolean onBehalf;

	@NotBlank(message = "Enter the name of the person asking")
	@Size(max = 200, message = "The name must be 200 characters or fewer")
	private String requesterName;

	@Size(max = 200, message = "Who they are must be 200 characters or fewer")
	private String requesterRelationship;

	@NotNull(message = "Select how their identity was checked")
	private IdentityCheck identityCheck;

	@NotBlank(message = "Enter what was seen, and by whom")
	@Size(max = 500, message = "What was seen must be 500 characters or fewer")
	private String identityCheckDetail;

	private String day;

	private String month;

	private String year;

	/** The request, or null with the errors recorded. */
	SubjectAccessRequests.NewRequest request(Errors errors, LocalDate today) {
		LocalDate received = DateInput.read(errors, "day", day, month, year, "Enter the date the request was received",
				"The date received must be a real date, like 27 3 2026");
		if (received != null && received.isAfter(today)) {
			errors.rejectValue("day", "future", "The date received must be today or in the past");
		}
		else if (received != null && received.isBefore(today.minusYears(1))) {
			errors.rejectValue("day", "past", "The date received must be within the last year");
		}
		if (Boolean.TRUE.equals(onBehalf) && requesterRelationship == null) {
			errors.rejectValue("requesterRelationship", "required",
					"Enter who they are to the person, and the authority they act on");
		}
		if (errors.hasErrors()) {
			return null;
		}
		return new SubjectAccessRequests.NewRequest(requesterName,
				Boolean.TRUE.equals(onBehalf) ? requesterRelationship : null, identityCheck, identityCheckDetail, received);
	}

	private static String trim(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

	public Boolean getOnBehalf() { return onBehalf; }
	public void setOnBehalf(Boolean v) { onBehalf = v; }
	public String getRequesterName() { return requesterName; }
	public void setRequesterName(String v) { requesterName = trim(v); }
	public String getRequesterRelationship() { return requesterRelationship; }
	public void setRequesterRelationship(String v) { requesterRelationship = trim(v); }
	public IdentityCheck getIdentityCheck() { return identityCheck; }
	public void setIdentityCheck(IdentityCheck v) { identityCheck = v; }
	public String getIdentityCheckDetail() { return identityCheckDetail; }
	public void setIdentityCheckDetail(String v) { identityCheckDetail = trim(v); }
	public String getDay() { return day; }
	public void setDay(String v) { day = trim(v); }
	public String getMonth() { return month; }
	public void setMonth(String v) { month = trim(v); }
	public String getYear() { return year; }
	public void setYear(String v) { year = trim(v); }

}
