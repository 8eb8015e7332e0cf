package org.accord.people.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.accord.platform.web.DateInput;

import org.springframework.validation.Errors;

/** A new appointment: the date as three fields, a time such as 13:30, and its length in minutes. */
public class AppointmentForm {

	private String day;

	private String month;

	private String year;

	private String time;

	private String minutes = "60";

	@NotBlank(message = "Enter who the appointment is with")
	@Size(max = 200, message = "Who it is with must be 200 characters or fewer")
	private String withWhom;

	@NotBlank(message = "Enter what the appointment is for")
	@Size(max = 300, message = "What it is for must be 300 characters or fewer")
	private String purpose;

	@Size(max = 300, message = "Where must be 300 characters or fewer")
	private String location;

	/** The warnings the user has seen and chosen to go ahead despite, as a fingerprint. */
	private String acknowledged;

	/** The start in local time, or null with errors against the date or time fields. */
	LocalDateTime startsAt(Errors errors) {
		LocalDate date = DateInput.read(errors, "day", day, month, year, "Enter the date of the appointment",
				"The date must be a real date, like 25 11 2026");
		if (date != null && (date.getYear() < 2000 || date.getYear() > 2100)) {
			errors.rejectValue("day", "range", "The date must be between 2000 and 2100");
			date = null;
		}
		LocalTime at = null;
		if (blank(time)) {
			errors.rejectValue("time", "required", "Enter the time of the appointment");
		}
		else {
			try {
				at = LocalTime.parse(time.trim().replace('.', ':').length() == 4 ? "0" + time.trim().replace('.', ':')
						: time.trim().replace('.', ':'));
			}
			catch (DateTimeException ex) {
				errors.rejectValue("time", "invalid", "Enter the time as hours and minutes, like 13:30");
			}
		}
		return date == null || at == null ? null : date.atTime(at);
	}

	/** The length, or null with an error against the field. */
	Integer length(Errors errors) {
		try {
			int value = Integer.parseInt(minutes == null ? "" : minutes.trim());
			if (value >= 5 && value <= 720) {
				return value;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		errors.rejectValue("minutes", "invalid", "Enter how long it lasts, in minutes, from 5 to 720");
		return null;
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
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
	public String getTime() { return time; }
	public void setTime(String v) { time = trim(v); }
	public String getMinutes() { return minutes; }
	public void setMinutes(String v) { minutes = trim(v); }
	public String getWithWhom() { return withWhom; }
	public void setWithWhom(String v) { withWhom = trim(v); }
	public String getPurpose() { return purpose; }
	public void setPurpose(String v) { purpose = trim(v); }
	public String getLocation() { return location; }
	public void setLocation(String v) { location = trim(v); }
	public String getAcknowledged() { return acknowledged; }
	public void setAcknowledged(String v) { acknowledged = trim(v); }

}
