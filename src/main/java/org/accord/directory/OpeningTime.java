package org.accord.directory;

import java.time.DayOfWeek;
import java.time.LocalTime;

/** One opening period, in local (UK) time. */
public record OpeningTime(DayOfWeek day, LocalTime opens, LocalTime closes) {
}
