package org.accord.identity.internal;

import java.util.UUID;

import jakarta.validation.Valid;

import org.accord.identity.Agencies;
import org.accord.identity.Agency;
import org.accord.identity.AgencyType;
import org.accord.platform.security.AccordPrincipal;
import org.accord.platform.web.ConflictException;
import org.accord.platform.web.InvalidInputException;
import org.accord.platform.web.NotFoundException;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/admin/agencies")
class AgencyAdminController {

	private final Agencies agencies;

	private final AgencyAdministration administration;

	AgencyAdminController(Agencies agencies, AgencyAdministration administration) {
		this.agencies = agencies;
		this.administration = administration;
	}

	@ModelAttribute("agencyTypes")
	AgencyType[] agencyTypes() {
		return AgencyType.values();
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("agencies", agencies.findAll());
		return "identity/agencies";
	}

	@GetMapping("/new")
	String createForm(Model model) {
		model.addAttribute("form", new AgencyForm());
		return "identity/agency-form";
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute("form") AgencyForm form, BindingResult result,
			@AuthenticationPrincipal AccordPrincipal admin, RedirectAttributes redirect) {
		FieldRefusals.reject(result, administration.refusals(form.details(), null));
		if (result.hasErrors()) {
			return "identity/agency-form";
		}
		try {
			administration.create(admin, form.details());
		}
		catch (InvalidInputException ex) {
			FieldRefusals.reject(result, ex.errors());
			return "identity/agency-form";
		}
		redirect.addFlashAttribute("success", "Agency " + form.getName() + " added");
		return "redirect:/admin/agencies";
	}

	@GetMapping("/{id}")
	String editForm(@PathVariable UUID id, Model model) {
		Agency agency = agencies.find(id).orElseThrow(() -> new NotFoundException("Agency"));
		AgencyForm form = new AgencyForm();
		form.setName(agency.name());
		form.setType(agency.type());
		form.setRequiresTwoFactor(agency.requiresTwoFactor());
		form.setEnabled(agency.enabled());
		form.setVersion(agency.version());
		model.addAttribute("form", form);
		model.addAttribute("agency", agency);
		return "identity/agency-form";
	}

	@PostMapping("/{id}")
	String update(@PathVariable UUID id, @Valid @ModelAttribute("form") AgencyForm form, BindingResult result,
			@AuthenticationPrincipal AccordPrincipal admin, Model model, RedirectAttributes redirect) {
		Agency agency = agencies.find(id).orElseThrow(() -> new NotFoundException("Agency"));
		model.addAttribute("agency", agency);
		FieldRefusals.reject(result, administration.refusals(form.details(), id));
		if (form.getVersion() == null) {
			result.reject("version", "Reload the page and make your change again");
		}
		if (result.hasErrors()) {
			return "identity/agency-form";
		}
		try {
			administration.update(admin, id, form.getVersion(), form.details());
		}
		catch (InvalidInputException ex) {
			FieldRefusals.reject(result, ex.errors());
			return "identity/agency-form";
		}
		catch (ConflictException ex) {
			result.reject("conflict", "Someone else changed this agency while you were editing it. "
					+ "Your changes were not saved: reload the page to see theirs, then make yours again.");
			return "identity/agency-form";
		}
		redirect.addFlashAttribute("success", "Agency " + form.getName() + " saved");
		return "redirect:/admin/agencies";
	}

}
