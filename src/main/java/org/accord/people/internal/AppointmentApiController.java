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

import org.accord.audit.AuditEvent;
import org.accord.audit.AuditLog;
import org.accord.people.Appointment;
import org.accord.people.AppointmentWeek;
import org.accord.people.Appointments;
import org.accord.people.People;
import org.accord.platform.security.AccordPrincipal;
import org.accord.platform.security.CurrentUser;
import org.accord.platform.web.InvalidInputException;
import org.accord.platform.web.NotFoundException;
import org.accord.platform.web.Problems;
import org.accord.sharing.AccessDecision;
import org.accord.sharing.AccessPolicy;
import org.accord.sharing.InformationCategory;
import org.accord.sharing.Purpose;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A person's calendar over the API: the week, its load and clashes, and new appointments with their warnings. */
@RestController
class AppointmentApiController {

	/** {@code startsAt} is local time in the partnership's zone, as people say it: "2026-11-25T13:30". */
	record NewAppointment(@NotNull LocalDateTime startsAt, @NotNull @Min(5) @Max(720) Integer minutes,
			@NotBlank @Size(max = 200) String withWhom, @NotBlank @Size(max = 300) String purpose, @Size(max = 300) String location,
			InformationCategory category) {
	}

	record Item(String id, Instant startsAt, Instant endsAt, int minutes, String agencyId, String agency, String withWhom, String purpose,
			String location, String category, boolean clash) {

		static Item of(Appointment a, Set<UUID> clashing) {
			return new Item(a.id().toString(), a.startsAt(), a.endsAt(), a.minutes(), a.agencyId().toString(), a.agencyName(), a.withWhom(),
					a.purpose(), a.location(), a.category().name(), clashing.contains(a.id()));
		}

	}

	record Load(int appointments, int agencies, int limit, boolean overloaded) {
	}

	record Week(LocalDate week, List<Item> items, Load load, List<List<String>> clashes) {
	}

	record Created(Item appointment, List<String> warnings) {
	}

	private final People people;

	private final Appointments appointments;

	private final AccessPolicy policy;

	private final AuditLog audit;

	private final Clock clock;

	AppointmentApiController(People people, Appointments appointments, AccessPolicy policy, AuditLog audit, Clock clock) {
		this.people = people;
		this.appointments = appointments;
		this.policy = policy;
		this.audit = audit;
		this.clock = clock;
	}

	@GetMapping("/api/v1/people/{id}/appointments")
	Week week(@PathVariable UUID id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate week) {
		AccessDecision decision = allowed(id, Purpose.VIEW);
		LocalDate monday = appointments.mondayOf(week != null ? week : LocalDate.now(clock.withZone(appointments.zone())));
		return view(Calendars.week(appointments, id, monday, decision));
	}

	@PostMapping("/api/v1/people/{id}/appointments")
	@Transactional
	ResponseEntity<Created> add(@PathVariable UUID id, @Valid @RequestBody NewAppointment body) {
		AccessDecision decision = allowed(id, Purpose.CHANGE);
		AccordPrincipal me = CurrentUser.require();
		InformationCategory category = body.category() != null ? body.category() : InformationCategory.CORE_PROFILE;
		if (!decision.canSee(category)) {
			throw new InvalidInputException(List.of(new Problems.FieldMessage("category", "you may not record information of this category")));
		}
		if (body.startsAt().getYear() < 2000 || body.startsAt().getYear() > 2100) {
			throw new InvalidInputException(List.of(new Problems.FieldMessage("startsAt", "must be a date between 2000 and 2100")));
		}
		Instant startsAt = body.startsAt().atZone(appointments.zone()).toInstant();
		AppointmentWeek week = Calendars.week(appointments, id, appointments.mondayOf(body.startsAt().toLocalDate()), decision);
		UUID created = appointments.create(new Appointment.Draft(id, startsAt, body.minutes(), me.agencyId(), body.withWhom().trim(),
				body.purpose().trim(), body.location() == null || body.location().isBlank() ? null : body.location().trim(), category,
				me.userId()));
		Appointment added = new Appointment(created, id, startsAt, body.minutes(), me.agencyId(), me.agencyName(), body.withWhom().trim(),
				body.purpose().trim(), body.location(), category);
		AppointmentWeek after = Calendars.with(week, added, appointments);
		List<String> warnings = Calendars.warnings(appointments, after, added);
		audit.record(AuditEvent.of("CREATE", "APPOINTMENT", created).person(id).detail(warnings.size() + " warnings shown"));
		return ResponseEntity.created(URI.create("/api/v1/people/" + id + "/appointments?week=" + after.monday()))
			.body(new Created(Item.of(added, after.clashing()), warnings));
	}

	private Week view(AppointmentWeek week) {
		Set<UUID> clashing = week.clashing();
		return new Week(week.monday(), week.appointments().stream().map(a -> Item.of(a, clashing)).toList(),
				new Load(week.count(), week.agencies(), week.limit(), week.overloaded()),
				week.clashes().stream().map(pair -> pair.stream().map(a -> a.id().toString()).toList()).toList());
	}

	private AccessDecision allowed(UUID id, Purpose purpose) {
		people.find(id).orElseThrow(() -> new NotFoundException("Person"));
		AccessDecision decision = policy.decide(CurrentUser.require(), id, purpose);
		if (!decision.canSee(InformationCategory.CORE_PROFILE)) {
			throw new NotFoundException("Person");
		}
		return decision;
	}

}
