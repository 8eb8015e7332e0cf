package org.accord.people;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.accord.sharing.InformationCategory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The people module's pure rules, without Spring: postcodes, swapped dates, profile values and a week's clashes and load. */
class PureRulesTest {

	@Test
	void postcodesAreWrittenOneWayWhateverTheSpacingAndCase() {
		assertThat(People.normalisePostcode(" nb3  7qt ")).isEqualTo("NB3 7QT");
		assertThat(People.normalisePostcode("SM17AB")).isEqualTo("SM1 7AB");
		assertThat(People.normalisePostcode("  ")).isNull();
	}

	@Test
	void aDateWithDayAndMonthSwappedIsTheAmericanReadingOfItWhenThereIsOne() {
		assertThat(PersonMatching.swapDayAndMonth(LocalDate.of(1987, 12, 4))).isEqualTo(LocalDate.of(1987, 4, 12));
		assertThat(PersonMatching.swapDayAndMonth(LocalDate.of(1987, 12, 25))).as("no 25th month").isNull();
	}

	@Test
	void profileValuesAreCheckedAndStoredAsListed() {
		assertThat(ProfileField.SAFE_TO_TEXT.canonical("yes")).isEqualTo("Yes");
		assertThat(ProfileField.SAFE_TO_TEXT.problemWith("perhaps")).isPresent();
		assertThat(ProfileField.EMAIL.problemWith("not-an-email")).isPresent();
		assertThat(ProfileField.PHONE.problemWith("07700 900 461")).isEmpty();
		assertThat(ProfileField.ALIASES.problemWith("x".repeat(501))).isPresent();
		assertThat(ProfileField.ALIASES.canonical("  ")).as("blank clears the field").isNull();
	}

	@Test
	void aWeekShowsItsClashesOnceAndIsTooFullPastItsLimit() {
		Instant monday = Instant.parse("2026-11-30T10:00:00Z");
		UUID a = UUID.randomUUID();
		UUID b = UUID.randomUUID();
		Appointment parenting = appointment(monday.plusSeconds(3 * 3600), 90, a);
		Appointment idva = appointment(monday.plusSeconds(3 * 3600 + 1800), 60, b);
		Appointment later = appointment(monday.plusSeconds(86_400), 60, b);
		AppointmentWeek week = new AppointmentWeek(LocalDate.of(2026, 11, 30), List.of(parenting, idva, later), 2);
		assertThat(week.clashes()).containsExactly(List.of(parenting, idva));
		assertThat(week.clashing()).containsExactlyInAnyOrder(parenting.id(), idva.id());
		assertThat(week.agencies()).isEqualTo(2);
		assertThat(week.overloaded()).isTrue();
		assertThat(new AppointmentWeek(LocalDate.of(2026, 11, 30), List.of(later), 2).overloaded()).isFalse();
	}

	private static Appointment appointment(Instant start, int minutes, UUID agency) {
		return new Appointment(UUID.randomUUID(), UUID.randomUUID(), start, minutes, agency, "Agency", "Worker", "Purpose", null,
				InformationCategory.CORE_PROFILE);
	}

	@Test
	void aSubjectAccessRequestIsDueACalendarMonthLaterMovedOffAWeekend() {
		assertThat(SubjectAccessRequest.dueAfter(LocalDate.of(2026, 3, 4), 1)).isEqualTo(LocalDate.of(2026, 4, 4).plusDays(2));
		assertThat(SubjectAccessRequest.dueAfter(LocalDate.of(2026, 1, 31), 1)).as("no 31 February: the month's last day, a Saturday")
			.isEqualTo(LocalDate.of(2026, 3, 2));
		assertThat(SubjectAccessRequest.dueAfter(LocalDate.of(2026, 6, 10), 1)).isEqualTo(LocalDate.of(2026, 7, 10));
		assertThat(SubjectAccessRequest.dueAfter(LocalDate.of(2026, 6, 10), 3)).isEqualTo(LocalDate.of(2026, 9, 10));
		var open = new SubjectAccessRequest(UUID.randomUUID(), "SAR-2026-0001", UUID.randomUUID(), "P", "P", null,
				SubjectAccessRequest.IdentityCheck.PHOTO_ID_SEEN, "seen", LocalDate.of(2026, 6, 10), LocalDate.of(2026, 7, 10), null,
				null, SubjectAccessRequest.Status.OPEN, null, null, "IG", 0);
		assertThat(open.overdueOn(LocalDate.of(2026, 7, 10))).isFalse();
		assertThat(open.overdueOn(LocalDate.of(2026, 7, 11))).isTrue();
		assertThat(open.mayExtendOn(LocalDate.of(2026, 7, 10))).isTrue();
		assertThat(open.mayExtendOn(LocalDate.of(2026, 7, 11))).as("the person is told within the first month").isFalse();
	}

	@Test
	void anNhsNumberIsTenDigitsWithAModulus11CheckDigit() {
		assertThat(PersonIdentifier.Type.NHS_NUMBER.normalise(" 943 476 5919 ", "value")).isEqualTo("9434765919");
		assertThat(PersonIdentifier.Type.nhsCheckDigitHolds("4010232137")).isTrue();
		assertThat(PersonIdentifier.Type.nhsCheckDigitHolds("9434765918")).isFalse();
		assertThatThrownBy(() -> PersonIdentifier.Type.NHS_NUMBER.normalise("943476591", "value"))
			.isInstanceOf(org.accord.platform.web.InvalidFieldException.class);
		assertThat(PersonIdentifier.Type.POLICE_REFERENCE.normalise("nb/2026  0412", "value")).isEqualTo("NB/2026 0412");
	}

}
