package org.accord.people.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;

import org.accord.audit.AuditEvent;
import org.accord.audit.AuditLog;
import org.accord.people.Appointment;
import org.accord.people.AppointmentWeek;
import org.accord.people.Appointments;
import org.accord.people.People;
import org.accord.people.Person;
import org.accord.platform.security.AccordPrincipal;
import org.accord.platform.web.NotFoundException;
import org.accord.sharing.AccessDecision;
import org.accord.sharing.AccessPolicy;
import org.accord.sharing.InformationCategory;
import org.accord.sharing.Purpose;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The person's week across agencies, with its load and clashes, and adding an appointment with a warning first. */
@Controller
class AppointmentPagesController {

	private final People people;

	private final Appointments appointments;

	private final AccessPolicy policy;

	private final AuditLog audit;

	private final Clock clock;

	AppointmentPagesController(People people, Appointments appointments, AccessPolicy policy, AuditLog audit, Clock clock) {
		this.people = people;
		this.appointments = appointments;
		this.policy = policy;
		this.audit = audit;
		this.clock = clock;
	}

	@GetMapping("/people/{id}/appointments")
	String week(@PathVariable UUID id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate week,
			@AuthenticationPrincipal AccordPrincipal me, Model model) {
		Person person = people.find(id).orElseThrow(() -> new NotFoundException("Person"));
		AccessDecision decision = allowed(me, id, Purpose.VIEW);
		LocalDate monday = appointments.mondayOf(week != null ? week : today());
		AppointmentWeek shown = Calendars.week(appointments, id, monday, decision);
		Map<LocalDate, List<Appointment>> days = new LinkedHashMap<>();
		for (int i = 0; i < 7; i++) {
			LocalDate day = monday.plusDays(i);
			days.put(day, shown.appointments().stream().filter(a -> a.startsAt().atZone(appointments.zone()).toLocalDate().equals(day)).toList());
		}
		model.addAttribute("person", person);
		model.addAttribute("week", shown);
		model.addAttribute("days", days);
		model.addAttribute("clashing", shown.clashing());
		model.addAttribute("zone", appointments.zone());
		model.addAttribute("thisWeek", monday.equals(appointments.mondayOf(today())));
		return "people/appointments";
	}

	@GetMapping("/people/{id}/appointments/new")
	String newAppointment(@PathVariable UUID id, @AuthenticationPrincipal AccordPrincipal me, Model model) {
		Person person = people.find(id).orElseThrow(() -> new NotFoundException("Person"));
		allowed(me, id, Purpose.VIEW);
		model.addAttribute("form", new AppointmentForm());
		model.addAttribute("person", person);
		return "people/appointment-new";
	}

	/** Clashes and overload are warnings, not refusals: the user sees them first and may still go ahead. */
	@PostMapping("/people/{id}/appointments/new")
	@Transactional
	String add(@PathVariable UUID id, @Valid @ModelAttribute("form") AppointmentForm form, BindingResult result,
			@AuthenticationPrincipal AccordPrincipal me, Model model, RedirectAttributes redirect) {
		Person person = people.find(id).orElseThrow(() -> new NotFoundException("Person"));
		AccessDecision decision = allowed(me, id, Purpose.CHANGE);
		LocalDateTime startsAt = form.startsAt(result);
		Integer minutes = form.length(result);
		model.addAttribute("person", person);
		if (result.hasErrors()) {
			return "people/appointment-new";
		}
		Instant start = startsAt.atZone(appointments.zone()).toInstant();
		AppointmentWeek week = Calendars.week(appointments, id, appointments.mondayOf(startsAt.toLocalDate()), decision);
		Appointment proposed = new Appointment(UUID.randomUUID(), id, start, minutes, me.agencyId(), me.agencyName(), form.getWithWhom(),
				form.getPurpose(), form.getLocation(), InformationCategory.CORE_PROFILE);
		List<String> warnings = Calendars.warnings(appointments, Calendars.with(week, proposed, appointments), proposed);
		// Going ahead needs the very warnings shown: a changed time with a new clash is shown again.
		String fingerprint = Integer.toHexString(String.join("|", warnings).hashCode());
		if (!warnings.isEmpty() && !fingerprint.equals(form.getAcknowledged())) {
			model.addAttribute("warnings", warnings);
			form.setAcknowledged(fingerprint);
			return "people/appointment-new";
		}
		UUID created = appointments.create(new Appointment.Draft(id, start, minutes, me.agencyId(), form.getWithWhom(), form.getPurpose(),
				form.getLocation(), InformationCategory.CORE_PROFILE, me.userId()));
		audit.record(AuditEvent.of("CREATE", "APPOINTMENT", created).person(id)
			.detail(warnings.isEmpty() ? "no warnings" : "made despite " + warnings.size() + " warnings"));
		redirect.addFlashAttribute("success", "Appointment added");
		return "redirect:/people/" + id + "/appointments?week=" + week.monday();
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(appointments.zone()));
	}

	private AccessDecision allowed(AccordPrincipal me, UUID id, Purpose purpose) {
		AccessDecision decision = policy.decide(me, id, purpose);
		if (!decision.canSee(InformationCategory.CORE_PROFILE)) {
			throw new NotFoundException("Person");
		}
		return decision;
	}

}
