package org.accord.directory.internal;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.accord.directory.OpeningTime;

import org.springframework.validation.Errors;

/**
 * A week of opening times as the service form shows it: one row a day, Monday first, each an opening and a closing
 * time as typed ("9:00" or "09:00"), in two lists the form binds as {@code opens[i]} and {@code closes[i]}.
 */
final class OpeningTimeRows {

	static final int DAYS = 7;

	private OpeningTimeRows() {
	}

	static List<String> blank() {
		return new ArrayList<>(Arrays.asList(new String[DAYS]));
	}

	/** A bound list of any length as one row a day: missing days blank, extra ones dropped. */
	static List<String> pad(List<String> v) {
		List<String> list = new ArrayList<>(v == null ? List.of() : v);
		while (list.size() < DAYS) {
			list.add(null);
		}
		return new ArrayList<>(list.subList(0, DAYS));
	}

	static void fill(List<OpeningTime> times, List<String> opens, List<String> closes) {
		for (OpeningTime t : times) {
			int i = t.day().getValue() - 1;
			opens.set(i, t.opens().toString());
			closes.set(i, t.closes().toString());
		}
	}

	/** Each day either blank or whole, and closing after it opens, reported against the time to change. */
	static void validate(List<String> opens, List<String> closes, Errors errors) {
		for (int i = 0; i < DAYS; i++) {
			String from = blankToNull(opens.get(i));
			String to = blankToNull(closes.get(i));
			String day = DayOfWeek.of(i + 1).getDisplayName(TextStyle.FULL, Locale.UK);
			if (from == null && to == null) {
				continue;
			}
			LocalTime o = time(from);
			LocalTime c = time(to);
			if (o == null) {
				errors.rejectValue("opens[" + i + "]", "time", "Enter the time " + day + " opens, like 09:00");
			}
			else if (c == null) {
				errors.rejectValue("closes[" + i + "]", "time", "Enter the time " + day + " closes, like 17:00");
			}
			else if (!c.isAfter(o)) {
				errors.rejectValue("closes[" + i + "]", "order", day + " must close after it opens");
			}
		}
	}

	static List<OpeningTime> times(List<String> opens, List<String> closes) {
		List<OpeningTime> times = new ArrayList<>();
		for (int i = 0; i < DAYS; i++) {
			LocalTime o = time(blankToNull(opens.get(i)));
			LocalTime c = time(blankToNull(closes.get(i)));
			if (o != null && c != null) {
				times.add(new OpeningTime(DayOfWeek.of(i + 1), o, c));
			}
		}
		return times;
	}

	private static LocalTime time(String s) {
		if (s == null) {
			return null;
		}
		try {
			return LocalTime.parse(s.trim().length() == 4 ? "0" + s.trim() : s.trim());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

}
