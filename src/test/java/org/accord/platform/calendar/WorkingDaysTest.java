package org.accord.platform.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The England and Wales calendar against the bank holidays as published for those years. */
class WorkingDaysTest {

	static Stream<Object[]> publishedYears() {
		return Stream.of(
				new Object[] { 2020, List.of("2020-01-01", "2020-04-10", "2020-04-13", "2020-05-08", "2020-05-25",
						"2020-08-31", "2020-12-25", "2020-12-28") },
				new Object[] { 2022, List.of("2022-01-03", "2022-04-15", "2022-04-18", "2022-05-02", "2022-06-02",
						"2022-06-03", "2022-08-29", "2022-09-19", "2022-12-26", "2022-12-27") },
				new Object[] { 2023, List.of("2023-01-02", "2023-04-07", "2023-04-10", "2023-05-01", "2023-05-08",
						"2023-05-29", "2023-08-28", "2023-12-25", "2023-12-26") },
				new Object[] { 2025, List.of("2025-01-01", "2025-04-18", "2025-04-21", "2025-05-05", "2025-05-26",
						"2025-08-25", "2025-12-25", "2025-12-26") },
				new Object[] { 2026, List.of("2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25",
						"2026-08-31", "2026-12-25", "2026-12-28") },
				new Object[] { 2027, List.of("2027-01-01", "2027-03-26", "2027-03-29", "2027-05-03", "2027-05-31",
						"2027-08-30", "2027-12-27", "2027-12-28") });
	}

	@ParameterizedTest
	@MethodSource("publishedYears")
	void bankHolidaysAreThePublishedOnes(int year, List<String> published) {
		assertThat(WorkingDays.bankHolidays(year)).containsExactlyInAnyOrderElementsOf(
				published.stream().map(LocalDate::parse).toList());
	}

	@Test
	void fiveWorkingDaysSkipTheWeekendAndEaster() {
		// Sent on Maundy Thursday 2026: Good Friday, the weekend and Easter Monday do not count.
		assertThat(WorkingDays.plus(LocalDate.of(2026, 4, 2), 5)).isEqualTo(LocalDate.of(2026, 4, 13));
		// Sent on a Monday in an ordinary week: due the next Monday.
		assertThat(WorkingDays.plus(LocalDate.of(2026, 11, 30), 5)).isEqualTo(LocalDate.of(2026, 12, 7));
		// Sent on a Saturday: the count starts on Monday.
		assertThat(WorkingDays.plus(LocalDate.of(2026, 12, 5), 1)).isEqualTo(LocalDate.of(2026, 12, 7));
	}

	@Test
	void christmasWeekCountsOnlyTheDaysServicesAreOpen() {
		// 24 December 2026 is a Thursday; the 25th and the moved Boxing Day (28th) are holidays.
		assertThat(WorkingDays.plus(LocalDate.of(2026, 12, 24), 3)).isEqualTo(LocalDate.of(2026, 12, 31));
		assertThat(WorkingDays.between(LocalDate.of(2026, 12, 24), LocalDate.of(2027, 1, 4))).isEqualTo(4);
		assertThat(WorkingDays.isWorkingDay(LocalDate.of(2026, 12, 28))).isFalse();
		assertThat(WorkingDays.isWorkingDay(LocalDate.of(2026, 12, 29))).isTrue();
	}

	@Test
	void easterFollowsTheGregorianComputus() {
		assertThat(WorkingDays.easterSunday(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
		assertThat(WorkingDays.easterSunday(2038)).isEqualTo(LocalDate.of(2038, 4, 25));
		assertThat(WorkingDays.easterSunday(2285)).isEqualTo(LocalDate.of(2285, 3, 22));
	}

	@Test
	void aNegativeCountIsRefused() {
		assertThatThrownBy(() -> WorkingDays.plus(LocalDate.of(2026, 1, 5), -1)).isInstanceOf(IllegalArgumentException.class);
		assertThat(WorkingDays.between(LocalDate.of(2026, 1, 9), LocalDate.of(2026, 1, 5))).isZero();
	}

}
