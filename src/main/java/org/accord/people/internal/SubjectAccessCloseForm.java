package org.accord.people.internal;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.accord.people.SubjectAccessRequest.Status;
import org.accord.platform.web.DateInput;

import org.springframework.validation.Errors;

/** Closing a request: answered, refused or withdrawn, on a date, with a note (required unless answered). */
public class SubjectAccessCloseForm {

	@NotNull(message = "Select how the request ended")
	private Status status;

	@Size(max = 1000, message = "The note must be 1000 characters or fewer")
	private String closingNote;

	private String closedDay;

	private String closedMonth;

	private String closedYear;

	private int version;

	LocalDate closedOn(Errors errors) {
		return DateInput.read(errors, "closedDay", closedDay, closedMonth, closedYear, "Enter the date it ended",
				"The date must be a real date, like 27 3 2026");
	}

	private static String trim(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

	public Status getStatus() { return status; }
	public void setStatus(Status v) { status = v; }
	public String getClosingNote() { return closingNote; }
	public void setClosingNote(String v) { closingNote = trim(v); }
	public String getClosedDay() { return closedDay; }
	public void setClosedDay(String v) { closedDay = trim(v); }
	public String getClosedMonth() { return closedMonth; }
	public void setClosedMonth(String v) { closedMonth = trim(v); }
	public String getClosedYear() { return closedYear; }
	public void setClosedYear(String v) { closedYear = trim(v); }
	public int getVersion() { return version; }
	public void setVersion(int v) { version = v; }

}
