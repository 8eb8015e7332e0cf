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

import org.accord.people.Appointment;
import org.accord.people.AppointmentWeek;
import org.accord.people.Appointments;
import org.accord.people.People;
import org.accord.platform.web.PlausibleDate;
import org.accord.sharing.InformationCategory;
import org.accord.sharing.PersonAccess;
import org.accord.sharing.PersonId;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The person's week across agencies, with its load and clashes, and adding an appointment with a warning first. */
@Controller
class AppointmentPagesController {

	private final People people;

	private final Appointments appointments;

	private final Clock clock;

	AppointmentPagesController(People people, Appointments appointments, Clock clock) {
		this.people = people;
		this.appointments = appointments;
		this.clock = clock;
	}

	@GetMapping("/people/{id}/appointments")
	String week(PersonAccess access,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @PlausibleDate LocalDate week,
			Model model) {
		LocalDate monday = appointments.mondayOf(week != null ? week : today());
		AppointmentWeek shown = Calendars.week(appointments, access.personId(), monday, access.decision());
		Map<LocalDate, List<Appointment>> days = new LinkedHashMap<>();
		for (int i = 0; i < 7; i++) {
			LocalDate day = monday.plusDays(i);
			days.put(day,
					shown.appointments().stream().filter(a -> a.startsAt().atZone(appointments.zone()).toLocalDate().equals(day))
				.toList());
		}
		model.addAttribute("person", people.find(access.personId()).orElseThrow());
		model.addAttribute("week", shown);
		model.addAttribute("days", days);
		model.addAttribute("clashing", shown.clashing());
		model.addAttribute("zone", appointments.zone());
		model.addAttribute("thisWeek", monday.equals(appointments.mondayOf(today())));
		model.addAttribute("mayWrite", access.mayWrite());
		return "people/appointments";
	}

	@GetMapping("/people/{id}/appointments/new")
	String newAppointment(@PersonId(write = true) PersonAccess access, Model model) {
		model.addAttribute("form", new AppointmentForm());
		model.addAttribute("person", people.find(access.personId()).orElseThrow());
		return "people/appointment-new";
	}

	/** Clashes and overload are warnings, not refusals: the user sees them first and may still go ahead. */
	@PostMapping("/people/{id}/appointments/new")
	String add(PersonAccess access, @Valid @ModelAttribute("form") AppointmentForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		LocalDateTime startsAt = form.startsAt(result);
		Integer minutes = form.length(result);
		model.addAttribute("person", people.find(access.personId()).orElseThrow());
		if (result.hasErrors()) {
			return "people/appointment-new";
		}
		Instant start = startsAt.atZone(appointments.zone()).toInstant();
		AppointmentWeek week = Calendars.week(appointments, access.personId(), appointments.mondayOf(startsAt.toLocalDate()),
				access.decision());
		InformationCategory category = appointments.defaultCategory(access);
		Appointment proposed = new Appointment(UUID.randomUUID(), access.personId(), start, minutes, access.agencyId(),
				access.user().agencyName(), form.getWithWhom(), form.getPurpose(), form.getLocation(), category);
		List<String> warnings = Calendars.warnings(appointments, Calendars.with(week, proposed, appointments), proposed);
		// Going ahead needs the very warnings shown: a changed time with a new clash is shown again.
		String fingerprint = Integer.toHexString(String.join("|", warnings).hashCode());
		if (!warnings.isEmpty() && !fingerprint.equals(form.getAcknowledged())) {
			model.addAttribute("warnings", warnings);
			form.setAcknowledged(fingerprint);
			return "people/appointment-new";
		}
		appointments.add(access,
				new Appointments.NewAppointment(startsAt, minutes, form.getWithWhom(), form.getPurpose(), form.getLocation(),
						category), warnings);
		redirect.addFlashAttribute("success", "Appointment added");
		return "redirect:/people/" + access.personId() + "/appointments?week=" + week.monday();
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(appointments.zone()));
	}

}
