package org.accord.people.internal;

import java.time.Instant;
import java.time.ZoneId;

/** The day an instant falls on in the partnership's time zone, as the export shows dates. */
final class HeldDates {

	static final ZoneId ZONE = ZoneId.of("Europe/London");

	private HeldDates() {
	}

	static String day(Instant instant) {
		return instant == null ? null : instant.atZone(ZONE).toLocalDate().toString();
	}

}
