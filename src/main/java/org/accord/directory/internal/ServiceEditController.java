package org.accord.directory.internal;

import java.util.UUID;

import jakarta.validation.Valid;

import org.accord.directory.GenderServed;
import org.accord.directory.NeedCategory;
import org.accord.directory.ReferralRoute;
import org.accord.directory.Service;
import org.accord.directory.Services;
import org.accord.identity.Agencies;
import org.accord.platform.security.AccordPrincipal;
import org.accord.platform.security.Role;
import org.accord.platform.web.ConflictException;
import org.accord.platform.web.InvalidInputException;
import org.accord.platform.web.NotFoundException;
import org.accord.platform.web.Problems;

import org.springframework.security.access.AccessDeniedException;
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

/** Adding and changing services: administrators, the agency's managers and the entry's owner. */
@Controller
class ServiceEditController {

	private final Services services;

	private final Agencies agencies;

	ServiceEditController(Services services, Agencies agencies) {
		this.services = services;
		this.agencies = agencies;
	}

	@ModelAttribute
	void options(Model model, @AuthenticationPrincipal AccordPrincipal me) {
		model.addAttribute("needOptions", NeedCategory.values());
		model.addAttribute("routeOptions", ReferralRoute.values());
		model.addAttribute("genderOptions", GenderServed.values());
		model.addAttribute("areaOptions", services.areas());
		model.addAttribute("agencyOptions", me != null && me.hasRole(Role.ADMINISTRATOR) ? agencies.findAll()
				: me == null ? java.util.List.of() : agencies.find(me.agencyId()).stream().toList());
		model.addAttribute("days", java.time.DayOfWeek.values());
	}

	@GetMapping("/directory/services/new")
	String createForm(@RequestParam(required = false) UUID agency, @AuthenticationPrincipal AccordPrincipal me,
			Model model) {
		ServiceForm form = new ServiceForm();
		form.setAgencyId(agency != null ? agency : me.agencyId());
		if (!Services.mayAddFor(me, form.getAgencyId())) {
			throw new AccessDeniedException("Only administrators and the agency's managers add services");
		}
		model.addAttribute("form", form);
		return "directory/service-form";
	}

	@PostMapping("/directory/services/new")
	String create(@Valid @ModelAttribute("form") ServiceForm form, BindingResult result,
			@AuthenticationPrincipal AccordPrincipal me, RedirectAttributes redirect) {
		form.validate(result);
		if (result.hasErrors()) {
			return "directory/service-form";
		}
		try {
			UUID id = services.add(me, form.toDraft());
			redirect.addFlashAttribute("success", "Service added to the directory");
			return "redirect:/directory/services/" + id;
		}
		catch (InvalidInputException ex) {
			reject(result, ex);
		}
		catch (AccessDeniedException ex) {
			result.rejectValue("agencyId", "forbidden", "You can only add services for your own agency");
		}
		return "directory/service-form";
	}

	@GetMapping("/directory/services/{id}/edit")
	String editForm(@PathVariable UUID id, @AuthenticationPrincipal AccordPrincipal me, Model model) {
		Service service = editable(id, me);
		model.addAttribute("form", ServiceForm.of(service));
		model.addAttribute("service", service);
		return "directory/service-form";
	}

	@PostMapping("/directory/services/{id}/edit")
	String update(@PathVariable UUID id, @Valid @ModelAttribute("form") ServiceForm form, BindingResult result,
			@AuthenticationPrincipal AccordPrincipal me, Model model, RedirectAttributes redirect) {
		model.addAttribute("service", editable(id, me));
		form.validate(result);
		if (result.hasErrors()) {
			return "directory/service-form";
		}
		try {
			services.change(me, id, form.getVersion(), form.toDraft());
			redirect.addFlashAttribute("success", "Changes saved");
			return "redirect:/directory/services/" + id;
		}
		catch (InvalidInputException ex) {
			reject(result, ex);
		}
		catch (AccessDeniedException ex) {
			// The user may change the service (editable says so): what they may not is give it to that agency.
			result.rejectValue("agencyId", "forbidden", "You can only move a service to an agency you manage");
		}
		catch (ConflictException ex) {
			result.reject("conflict", "Someone else changed this service while you were editing it. Your changes were "
					+ "not saved: reload the page to see theirs, then make yours again.");
		}
		return "directory/service-form";
	}

	/** The directory's refusal in the form's words; the form's own checks catch the rest before it is asked. */
	private static void reject(BindingResult result, InvalidInputException refusal) {
		for (Problems.FieldMessage error : refusal.errors()) {
			switch (error.field()) {
				case "version" -> result.reject("version", "Reload the page and make your change again");
				case "agencyId" -> result.rejectValue("agencyId", "unknown", "Select the agency that runs the service");
				case "areaIds" -> result.rejectValue("areaIds", "unknown", "Select the areas the service covers from the list");
				case "maxAge" -> result.rejectValue("maxAge", "range",
						"Oldest age must be the same as or more than the youngest age");
				default -> result.reject("openingTimes", "Each day must close after it opens");
			}
		}
	}

	private Service editable(UUID id, AccordPrincipal me) {
		Service service = services.find(id).orElseThrow(() -> new NotFoundException("Service"));
		if (!Services.mayChange(me, service)) {
			throw new AccessDeniedException("Not an editor of this entry");
		}
		return service;
	}

}
