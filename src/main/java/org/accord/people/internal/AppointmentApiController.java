package org.accord.people.internal;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.accord.people.Appointment;
import org.accord.people.AppointmentWeek;
import org.accord.people.Appointments;
import org.accord.platform.web.PlausibleDate;
import org.accord.sharing.InformationCategory;
import org.accord.sharing.PersonAccess;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A person's calendar over the API: the week, its load and clashes, and new appointments with their warnings. */
@RestController
class AppointmentApiController {

	/** {@code startsAt} is local time in the partnership's zone, as people say it: "2026-11-25T13:30". */
	record NewAppointment(@NotNull LocalDateTime startsAt, @NotNull @Min(5) @Max(720) Integer minutes,
			@NotBlank @Size(max = 200) String withWhom, @NotBlank @Size(max = 300) String purpose,
			@Size(max = 300) String location, InformationCategory category) {
	}

	record Item(String id, Instant startsAt, Instant endsAt, int minutes, String agencyId, String agency, String withWhom,
			String purpose, String location, String category, boolean clash) {

		static Item of(Appointment a, Set<UUID> clashing) {
			return new Item(a.id().toString(), a.startsAt(), a.endsAt(), a.minutes(), a.agencyId().toString(), a.agencyName(),
					a.withWhom(), a.purpose(), a.location(), a.category().name(), clashing.contains(a.id()));
		}

	}

	record Load(int appointments, int agencies, int limit, boolean overloaded) {
	}

	record Week(LocalDate week, List<Item> items, Load load, List<List<String>> clashes) {
	}

	record Created(Item appointment, List<String> warnings) {
	}

	private final Appointments appointments;

	private final Clock clock;

	AppointmentApiController(Appointments appointments, Clock clock) {
		this.appointments = appointments;
		this.clock = clock;
	}

	@GetMapping("/api/v1/people/{id}/appointments")
	Week week(PersonAccess access,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @PlausibleDate LocalDate week) {
		LocalDate monday = appointments.mondayOf(week != null ? week : LocalDate.now(clock.withZone(appointments.zone())));
		return view(Calendars.week(appointments, access.personId(), monday, access.decision()));
	}

	@PostMapping("/api/v1/people/{id}/appointments")
	ResponseEntity<Created> add(PersonAccess access, @Valid @RequestBody NewAppointment body) {
		access.requireWrite();
		Appointments.checkStart(body.startsAt());
		InformationCategory category = body.category() != null ? body.category() : appointments.defaultCategory(access);
		Instant startsAt = body.startsAt().atZone(appointments.zone()).toInstant();
		AppointmentWeek week = Calendars.week(appointments, access.personId(),
				appointments.mondayOf(body.startsAt().toLocalDate()), access.decision());
		Appointment proposed = new Appointment(UUID.randomUUID(), access.personId(), startsAt, body.minutes(),
				access.agencyId(), access.user().agencyName(), body.withWhom().trim(), body.purpose().trim(), body.location(),
				category);
		List<String> warnings = Calendars.warnings(appointments, Calendars.with(week, proposed, appointments), proposed);
		Appointment added = appointments.add(access,
				new Appointments.NewAppointment(body.startsAt(), body.minutes(), body.withWhom(), body.purpose(), body.location(),
						category), warnings);
		AppointmentWeek after = Calendars.with(week, added, appointments);
		return ResponseEntity.created(URI.create("/api/v1/people/" + access.personId() + "/appointments?week="
				+ after.monday()))
			.body(new Created(Item.of(added, after.clashing()), warnings));
	}

	private Week view(AppointmentWeek week) {
		Set<UUID> clashing = week.clashing();
		return new Week(week.monday(), week.appointments().stream().map(a -> Item.of(a, clashing)).toList(),
				new Load(week.count(), week.agencies(), week.limit(), week.overloaded()),
				week.clashes().stream().map(pair -> pair.stream().map(a -> a.id().toString()).toList()).toList());
	}

}
