package org.accord.people.internal;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.accord.platform.web.DateInput;

import org.springframework.validation.Errors;

/** Finding or recording a person; the date of birth is three fields, as in the GOV.UK date input. */
public class PersonForm {

	@NotBlank(message = "Enter their first name")
	@Size(max = 100, message = "First name must be 100 characters or fewer")
	@Pattern(regexp = "[\\p{L}][\\p{L} '\\-.]*|",
			message = "First name must only include letters, spaces, hyphens and apostrophes")
	private String givenName;

	@NotBlank(message = "Enter their last name")
	@Size(max = 100, message = "Last name must be 100 characters or fewer")
	@Pattern(regexp = "[\\p{L}][\\p{L} '\\-.]*|",
			message = "Last name must only include letters, spaces, hyphens and apostrophes")
	private String familyName;

	private String dobDay;

	private String dobMonth;

	private String dobYear;

	@Size(max = 40, message = "Gender must be 40 characters or fewer")
	private String gender;

	@Size(max = 12, message = "Postcode must be 12 characters or fewer")
	@Pattern(regexp = "[A-Za-z0-9 ]*", message = "Enter a real postcode, like NB1 2AA")
	private String postcode;

	@Size(max = 100, message = "Your role must be 100 characters or fewer")
	private String role;

	/** The date of birth, or null with an error against the date field. */
	LocalDate dateOfBirth(Errors errors, LocalDate today) {
		LocalDate date = DateInput.read(errors, "dobDay", dobDay, dobMonth, dobYear, "Enter their date of birth",
				"Date of birth must be a real date, like 27 3 1987");
		if (date != null && date.isAfter(today)) {
			errors.rejectValue("dobDay", "future", "Date of birth must be in the past");
			return null;
		}
		if (date != null && date.getYear() < 1900) {
			errors.rejectValue("dobDay", "old", "Enter a year of birth after 1900");
			return null;
		}
		return date;
	}

	private static String trim(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

	public String getGivenName() { return givenName; }
	public void setGivenName(String v) { givenName = trim(v); }
	public String getFamilyName() { return familyName; }
	public void setFamilyName(String v) { familyName = trim(v); }
	public String getDobDay() { return dobDay; }
	public void setDobDay(String v) { dobDay = trim(v); }
	public String getDobMonth() { return dobMonth; }
	public void setDobMonth(String v) { dobMonth = trim(v); }
	public String getDobYear() { return dobYear; }
	public void setDobYear(String v) { dobYear = trim(v); }
	public String getGender() { return gender; }
	public void setGender(String v) { gender = trim(v); }
	public String getPostcode() { return postcode; }
	public void setPostcode(String v) { postcode = trim(v); }
	public String getRole() { return role; }
	public void setRole(String v) { role = trim(v); }

}
