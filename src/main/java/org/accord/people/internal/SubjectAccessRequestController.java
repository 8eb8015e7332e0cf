package org.accord.people.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;

import org.accord.people.People;
import org.accord.people.SubjectAccessRequest;
import org.accord.people.SubjectAccessRequests;
import org.accord.platform.security.AccordPrincipal;
import org.accord.platform.web.BusinessRuleException;
import org.accord.platform.web.ConflictException;
import org.accord.platform.web.InvalidFieldException;
import org.accord.sharing.PersonAccess;
import org.accord.sharing.PersonId;
import org.accord.sharing.Purpose;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The register of subject access requests, and each request's page: open, extend, close. */
@Controller
class SubjectAccessRequestController {

	private final SubjectAccessRequests requests;

	private final People people;

	private final Clock clock;

	SubjectAccessRequestController(SubjectAccessRequests requests, People people, Clock clock) {
		this.requests = requests;
		this.people = people;
		this.clock = clock;
	}

	@GetMapping("/governance/subject-access")
	String register(@AuthenticationPrincipal AccordPrincipal me, @RequestParam(defaultValue = "false") boolean all,
			Model model) {
		model.addAttribute("requests", requests.register(me, !all));
		model.addAttribute("all", all);
		model.addAttribute("today", LocalDate.now(clock));
		return "people/subject-access-register";
	}

	@GetMapping("/people/{id}/subject-access/requests/new")
	String newRequest(@PersonId(purpose = Purpose.GOVERNANCE) PersonAccess access, Model model) {
		return form(access, new SubjectAccessRequestForm(), model);
	}

	@PostMapping("/people/{id}/subject-access/requests/new")
	String open(@PersonId(purpose = Purpose.GOVERNANCE) PersonAccess access,
			@Valid @ModelAttribute("form") SubjectAccessRequestForm form, BindingResult result, Model model,
			RedirectAttributes flash) {
		var request = form.request(result, LocalDate.now(clock));
		if (request == null) {
			return form(access, form, model);
		}
		try {
			var opened = requests.open(access, request);
			flash.addFlashAttribute("success", "Request " + opened.reference() + " is open. It is due by "
					+ opened.dueOn().format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy")));
			return "redirect:/people/" + access.personId() + "/subject-access/requests/" + opened.id();
		}
		catch (InvalidFieldException ex) {
			result.rejectValue(ex.field().equals("receivedOn") ? "day" : ex.field(), "invalid", ex.getMessage());
			return form(access, form, model);
		}
	}

	@GetMapping("/people/{id}/subject-access/requests/{requestId}")
	String show(@PersonId(purpose = Purpose.GOVERNANCE) PersonAccess access, @PathVariable UUID requestId, Model model) {
		var request = requests.find(access, requestId);
		var extend = new SubjectAccessExtendForm();
		extend.setVersion(request.version());
		var close = new SubjectAccessCloseForm();
		close.setVersion(request.version());
		return page(request, extend, close, model);
	}

	@PostMapping("/people/{id}/subject-access/requests/{requestId}/extend")
	String extend(@PersonId(purpose = Purpose.GOVERNANCE) PersonAccess access, @PathVariable UUID requestId,
			@Valid @ModelAttribute("extendForm") SubjectAccessExtendForm form, BindingResult result, Model model,
			RedirectAttributes flash) {
		var request = requests.find(access, requestId);
		if (!result.hasErrors()) {
			try {
				var extended = requests.extend(access, requestId, form.getVersion(), form.getReason());
				flash.addFlashAttribute("success", "Extended: now due by "
						+ extended.due().format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy"))
						+ ". Tell the person, with the reason");
				return "redirect:/people/" + access.personId() + "/subject-access/requests/" + requestId;
			}
			catch (BusinessRuleException | ConflictException ex) {
				model.addAttribute("failure", ex.getMessage());
			}
		}
		var close = new SubjectAccessCloseForm();
		close.setVersion(request.version());
		return page(request, form, close, model);
	}

	@PostMapping("/people/{id}/subject-access/requests/{requestId}/close")
	String close(@PersonId(purpose = Purpose.GOVERNANCE) PersonAccess access, @PathVariable UUID requestId,
			@Valid @ModelAttribute("closeForm") SubjectAccessCloseForm form, BindingResult result, Model model,
			RedirectAttributes flash) {
		var request = requests.find(access, requestId);
		LocalDate closedOn = form.closedOn(result);
		if (!result.hasErrors()) {
			try {
				var closed = requests.close(access, requestId, form.getVersion(), form.getStatus(), closedOn,
						form.getClosingNote());
				flash.addFlashAttribute("success", "Request " + closed.reference() + " is closed: " + closed.status().label());
				return "redirect:/people/" + access.personId() + "/subject-access/requests/" + requestId;
			}
			catch (InvalidFieldException ex) {
				result.rejectValue(ex.field().equals("closedOn") ? "closedDay" : ex.field(), "invalid", ex.getMessage());
			}
			catch (BusinessRuleException | ConflictException ex) {
				model.addAttribute("failure", ex.getMessage());
			}
		}
		var extend = new SubjectAccessExtendForm();
		extend.setVersion(request.version());
		return page(request, extend, form, model);
	}

	private String form(PersonAccess access, SubjectAccessRequestForm form, Model model) {
		model.addAttribute("person", people.find(access.personId()).orElseThrow());
		model.addAttribute("form", form);
		model.addAttribute("checks", SubjectAccessRequest.IdentityCheck.values());
		return "people/subject-access-request-new";
	}

	private String page(SubjectAccessRequest request, SubjectAccessExtendForm extend, SubjectAccessCloseForm close,
			Model model) {
		model.addAttribute("request", request);
		model.addAttribute("extendForm", extend);
		model.addAttribute("closeForm", close);
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("endings", new SubjectAccessRequest.Status[] { SubjectAccessRequest.Status.COMPLETED,
				SubjectAccessRequest.Status.REFUSED, SubjectAccessRequest.Status.WITHDRAWN });
		return "people/subject-access-request";
	}

}
