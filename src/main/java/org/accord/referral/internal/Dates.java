package org.accord.referral.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as the referral pages' messages say them: "Monday 7 December 2026". */
final class Dates {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

	private Dates() {
	}

	static String day(LocalDate date) {
		return DAY.format(date);
	}

}
