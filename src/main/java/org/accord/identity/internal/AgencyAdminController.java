package org.accord.identity.internal;

import java.util.UUID;

import jakarta.validation.Valid;

import org.accord.audit.AuditEvent;
import org.accord.audit.AuditLog;
import org.accord.identity.Agencies;
import org.accord.identity.Agency;
import org.accord.identity.AgencyType;
import org.accord.platform.web.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
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

	private final JdbcClient jdbc;

	private final AuditLog audit;

	AgencyAdminController(Agencies agencies, JdbcClient jdbc, AuditLog audit) {
		this.agencies = agencies;
		this.jdbc = jdbc;
		this.audit = audit;
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
	@Transactional
	String create(@Valid @ModelAttribute("form") AgencyForm form, BindingResult result, RedirectAttributes redirect) {
		rejectDuplicateName(form, null, result);
		if (result.hasErrors()) {
			return "identity/agency-form";
		}
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into agency (id, name, type, requires_two_factor, enabled) values (?, ?, ?, ?, ?)")
			.params(id, form.getName(), form.getType().name(), form.isRequiresTwoFactor(), form.isEnabled())
			.update();
		audit.record(AuditEvent.of("CREATE", "AGENCY", id));
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
	@Transactional
	String update(@PathVariable UUID id, @Valid @ModelAttribute("form") AgencyForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Agency agency = agencies.find(id).orElseThrow(() -> new NotFoundException("Agency"));
		model.addAttribute("agency", agency);
		rejectDuplicateName(form, id, result);
		if (form.getVersion() == null) {
			result.reject("version", "Reload the page and make your change again");
		}
		if (result.hasErrors()) {
			return "identity/agency-form";
		}
		int rows = jdbc.sql("""
				update agency set name = ?, type = ?, requires_two_factor = ?, enabled = ?, updated_at = now(),
				  version = version + 1 where id = ? and version = ?""")
			.params(form.getName(), form.getType().name(), form.isRequiresTwoFactor(), form.isEnabled(), id,
					form.getVersion())
			.update();
		if (rows == 0) {
			result.reject("conflict", "Someone else changed this agency while you were editing it. "
					+ "Your changes were not saved: reload the page to see theirs, then make yours again.");
			return "identity/agency-form";
		}
		audit.record(AuditEvent.of("UPDATE", "AGENCY", id));
		redirect.addFlashAttribute("success", "Agency " + form.getName() + " saved");
		return "redirect:/admin/agencies";
	}

	private void rejectDuplicateName(AgencyForm form, UUID self, BindingResult result) {
		if (form.getName() == null || form.getName().isBlank()) {
			return;
		}
		boolean taken = jdbc.sql("select count(*) from agency where lower(name) = lower(?) "
				+ "and id <> coalesce(?, '00000000-0000-0000-0000-000000000000'::uuid)")
			.params(form.getName(), self).query(Integer.class).single() > 0;
		if (taken) {
			result.rejectValue("name", "taken", "An agency with this name already exists");
		}
	}

}
