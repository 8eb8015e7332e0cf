package org.accord.directory.internal;

import java.util.UUID;

import jakarta.validation.Valid;

import org.accord.audit.AuditEvent;
import org.accord.audit.AuditLog;
import org.accord.directory.GenderServed;
import org.accord.directory.NeedCategory;
import org.accord.directory.ReferralRoute;
import org.accord.directory.Service;
import org.accord.directory.Services;
import org.accord.identity.Agencies;
import org.accord.platform.security.AccordPrincipal;
import org.accord.platform.security.Role;
import org.accord.platform.web.ConflictException;
import org.accord.platform.web.NotFoundException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.annotation.Transactional;
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

	private final AuditLog audit;

	private final TransactionTemplate transactions;

	ServiceEditController(Services services, Agencies agencies, AuditLog audit, TransactionTemplate transactions) {
		this.transactions = transactions;
		this.services = services;
		this.agencies = agencies;
		this.audit = audit;
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
	@Transactional
	String create(@Valid @ModelAttribute("form") ServiceForm form, BindingResult result,
			@AuthenticationPrincipal AccordPrincipal me, RedirectAttributes redirect) {
		form.validate(result);
		if (form.getAgencyId() != null && !Services.mayAddFor(me, form.getAgencyId())) {
			result.rejectValue("agencyId", "forbidden", "You can only add services for your own agency");
		}
		if (result.hasErrors()) {
			return "directory/service-form";
		}
		UUID id = services.create(form.toDraft(me.userId()));
		audit.record(AuditEvent.of("CREATE", "SERVICE", id));
		redirect.addFlashAttribute("success", "Service added to the directory");
		return "redirect:/directory/services/" + id;
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
		Service service = editable(id, me);
		model.addAttribute("service", service);
		form.validate(result);
		if (form.getAgencyId() != null && !Services.mayChange(me, service, form.getAgencyId())) {
			result.rejectValue("agencyId", "forbidden", "You can only move a service to an agency you manage");
		}
		if (form.getVersion() == null) {
			result.reject("version", "Reload the page and make your change again");
		}
		if (result.hasErrors()) {
			return "directory/service-form";
		}
		try {
			// The change and its audit row commit together; a conflict rolls back both.
			transactions.executeWithoutResult(status -> {
				services.update(id, form.getVersion(),
						form.toDraft(service.ownerUserId() != null ? service.ownerUserId() : me.userId()));
				audit.record(AuditEvent.of("UPDATE", "SERVICE", id));
			});
		}
		catch (ConflictException ex) {
			result.reject("conflict", "Someone else changed this service while you were editing it. Your changes were "
					+ "not saved: reload the page to see theirs, then make yours again.");
			return "directory/service-form";
		}
		redirect.addFlashAttribute("success", "Changes saved");
		return "redirect:/directory/services/" + id;
	}

	private Service editable(UUID id, AccordPrincipal me) {
		Service service = services.find(id).orElseThrow(() -> new NotFoundException("Service"));
		if (!Services.mayChange(me, service)) {
			throw new AccessDeniedException("Not an editor of this entry");
		}
		return service;
	}

}
