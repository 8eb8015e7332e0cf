package org.accord.people.internal;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.accord.people.ChronologyEntry;
import org.accord.platform.web.DateInput;
import org.accord.sharing.InformationCategory;

import org.springframework.validation.Errors;

/** A new chronology entry; the date is three fields, as in the GOV.UK date input. */
public class ChronologyForm {

	private String day;

	private String month;

	private String year;

	@NotNull(message = "Select what kind of event this was")
	private ChronologyEntry.Type type;

	@NotBlank(message = "Enter what happened")
	@Size(max = 2000, message = "What happened must be 2000 characters or fewer")
	private String summary;

	@NotNull(message = "Select whether this is a fact or a professional opinion")
	private ChronologyEntry.Kind kind;

	private InformationCategory category;

	@Size(max = 500, message = "Where this comes from must be 500 characters or fewer")
	private String provenance;

	LocalDate date(Errors errors) {
		return DateInput.read(errors, "day", day, month, year, "Enter the date it happened",
				"The date must be a real date, like 27 3 2026");
	}

	private static String trim(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

	public String getDay() { return day; }
	public void setDay(String v) { day = trim(v); }
	public String getMonth() { return month; }
	public void setMonth(String v) { month = trim(v); }
	public String getYear() { return year; }
	public void setYear(String v) { year = trim(v); }
	public ChronologyEntry.Type getType() { return type; }
	public void setType(ChronologyEntry.Type v) { type = v; }
	public String getSummary() { return summary; }
	public void setSummary(String v) { summary = trim(v); }
	public ChronologyEntry.Kind getKind() { return kind; }
	public void setKind(ChronologyEntry.Kind v) { kind = v; }
	public InformationCategory getCategory() { return category; }
	public void setCategory(InformationCategory v) { category = v; }
	public String getProvenance() { return provenance; }
	public void setProvenance(String v) { provenance = trim(v); }

}
