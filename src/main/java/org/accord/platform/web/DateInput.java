package org.accord.platform.web;

import java.time.DateTimeException;
import java.time.LocalDate;

import org.springframework.validation.Errors;

/** Reads the three fields of a GOV.UK date input, reporting a problem against the day field. */
public final class DateInput {

	private DateInput() {
	}

	/**
	 * The date, or null: when all three fields are blank (an error {@code whenBlank}, unless it is null
	 * because the date is optional), or when they do not make a real date (an error {@code whenInvalid}).
	 */
	public static LocalDate read(Errors errors, String dayField, String day, String month, String year, String whenBlank,
			String whenInvalid) {
		if (blank(day) && blank(month) && blank(year)) {
			if (whenBlank != null) {
				errors.rejectValue(dayField, "required", whenBlank);
			}
			return null;
		}
		try {
			LocalDate date = LocalDate.of(Integer.parseInt(year.trim()), Integer.parseInt(month.trim()),
					Integer.parseInt(day.trim()));
			if (!PlausibleDate.Check.plausible(date)) {
				errors.rejectValue(dayField, "range", whenInvalid);
				return null;
			}
			return date;
		}
		catch (NumberFormatException | NullPointerException | DateTimeException ex) {
			errors.rejectValue(dayField, "invalid", whenInvalid);
			return null;
		}
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

}
