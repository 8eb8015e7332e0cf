package org.accord.platform.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Working days in England and Wales: Monday to Friday, less the bank holidays. Deadlines that a service answers
 * by ("5 working days") count on this calendar, so a referral sent before Easter is not due on Easter Monday.
 * The rules follow the Banking and Financial Dealings Act 1971 and the proclamations since: a holiday that falls
 * at a weekend moves to the next working day, and one-off holidays are listed by year.
 */
public final class WorkingDays {

	/** Holidays proclaimed for one year only: a millennium, a royal wedding, jubilees, a funeral, a coronation. */
	private static final Map<Integer, Set<LocalDate>> ONE_OFF = Map.of(
			1999, Set.of(LocalDate.of(1999, 12, 31)),
			2002, Set.of(LocalDate.of(2002, 6, 3)),
			2011, Set.of(LocalDate.of(2011, 4, 29)),
			2012, Set.of(LocalDate.of(2012, 6, 5)),
			2022, Set.of(LocalDate.of(2022, 6, 3), LocalDate.of(2022, 9, 19)),
			2023, Set.of(LocalDate.of(2023, 5, 8)));

	private static final Map<Integer, Set<LocalDate>> YEARS = new ConcurrentHashMap<>();

	private WorkingDays() {
	}

	public static boolean isWorkingDay(LocalDate day) {
		DayOfWeek dow = day.getDayOfWeek();
		return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !bankHolidays(day.getYear()).contains(day);
	}

	/** The working day {@code days} working days after {@code from}; {@code from} itself never counts. */
	public static LocalDate plus(LocalDate from, int days) {
		if (days < 0) {
			throw new IllegalArgumentException("days must not be negative");
		}
		LocalDate day = from;
		for (int left = days; left > 0;) {
			day = day.plusDays(1);
			if (isWorkingDay(day)) {
				left--;
			}
		}
		return day;
	}

	/** How many working days after {@code from} up to and including {@code to}; 0 when {@code to} is not later. */
	public static int between(LocalDate from, LocalDate to) {
		int count = 0;
		for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
			if (isWorkingDay(day)) {
				count++;
			}
		}
		return count;
	}

	/** The bank holidays of England and Wales in one year. */
	public static Set<LocalDate> bankHolidays(int year) {
		return YEARS.computeIfAbsent(year, WorkingDays::compute);
	}

	private static Set<LocalDate> compute(int year) {
		Set<LocalDate> days = new TreeSet<>();
		days.add(weekday(LocalDate.of(year, Month.JANUARY, 1)));
		LocalDate easter = easterSunday(year);
		days.add(easter.minusDays(2));
		days.add(easter.plusDays(1));
		// The early May holiday moved to VE Day's anniversary in 1995 and 2020.
		days.add(year == 1995 || year == 2020 ? LocalDate.of(year, 5, 8) : firstMonday(year, Month.MAY));
		// The spring holiday gave way to the jubilees of 2002, 2012 and 2022.
		days.add(switch (year) {
			case 2002 -> LocalDate.of(2002, 6, 4);
			case 2012 -> LocalDate.of(2012, 6, 4);
			case 2022 -> LocalDate.of(2022, 6, 2);
			default -> lastMonday(year, Month.MAY);
		});
		days.add(lastMonday(year, Month.AUGUST));
		LocalDate christmas = LocalDate.of(year, Month.DECEMBER, 25);
		LocalDate boxing = LocalDate.of(year, Month.DECEMBER, 26);
		switch (christmas.getDayOfWeek()) {
			case SATURDAY -> {
				days.add(christmas.plusDays(2));
				days.add(boxing.plusDays(2));
			}
			case SUNDAY -> {
				days.add(christmas.plusDays(2));
				days.add(boxing);
			}
			case FRIDAY -> {
				days.add(christmas);
				days.add(boxing.plusDays(2));
			}
			default -> {
				days.add(christmas);
				days.add(boxing);
			}
		}
		days.addAll(ONE_OFF.getOrDefault(year, Set.of()));
		return Set.copyOf(days);
	}

	/** Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm). */
	static LocalDate easterSunday(int year) {
		int a = year % 19;
		int b = year / 100;
		int c = year % 100;
		int d = b / 4;
		int e = b % 4;
		int f = (b + 8) / 25;
		int g = (b - f + 1) / 3;
		int h = (19 * a + b - d - g + 15) % 30;
		int i = c / 4;
		int k = c % 4;
		int l = (32 + 2 * e + 2 * i - h - k) % 7;
		int m = (a + 11 * h + 22 * l) / 451;
		int month = (h + l - 7 * m + 114) / 31;
		int day = (h + l - 7 * m + 114) % 31 + 1;
		return LocalDate.of(year, month, day);
	}

	private static LocalDate weekday(LocalDate day) {
		return switch (day.getDayOfWeek()) {
			case SATURDAY -> day.plusDays(2);
			case SUNDAY -> day.plusDays(1);
			default -> day;
		};
	}

	private static LocalDate firstMonday(int year, Month month) {
		LocalDate day = LocalDate.of(year, month, 1);
		while (day.getDayOfWeek() != DayOfWeek.MONDAY) {
			day = day.plusDays(1);
		}
		return day;
	}

	private static LocalDate lastMonday(int year, Month month) {
		LocalDate day = LocalDate.of(year, month, 1).plusMonths(1).minusDays(1);
		while (day.getDayOfWeek() != DayOfWeek.MONDAY) {
			day = day.minusDays(1);
		}
		return day;
	}

}
