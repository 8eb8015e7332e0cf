package org.accord.directory.internal;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.accord.audit.AuditEvent;
import org.accord.audit.AuditLog;
import org.accord.directory.Glossary;
import org.accord.directory.GlossaryTerm;
import org.accord.platform.web.ConflictException;
import org.accord.platform.web.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The glossary for everyone; changing it is for administrators (/admin is theirs alone). */
@Controller
class GlossaryController {

	private final Glossary glossary;

	private final AuditLog audit;

	GlossaryController(Glossary glossary, AuditLog audit) {
		this.glossary = glossary;
		this.audit = audit;
	}

	@GetMapping("/directory/glossary")
	String list(Model model) {
		model.addAttribute("terms", glossary.all());
		return "directory/glossary";
	}

	@GetMapping("/api/v1/glossary")
	@ResponseBody
	List<GlossaryTerm> api() {
		return glossary.all();
	}

	@GetMapping("/admin/glossary/new")
	String createForm(Model model) {
		model.addAttribute("form", new GlossaryForm());
		return "directory/glossary-form";
	}

	@PostMapping("/admin/glossary/new")
	String create(@Valid @ModelAttribute("form") GlossaryForm form, BindingResult result, RedirectAttributes redirect) {
		if (form.getTerm() != null && glossary.termTaken(form.getTerm(), null)) {
			result.rejectValue("term", "taken", "This term is already in the glossary");
		}
		if (result.hasErrors()) {
			return "directory/glossary-form";
		}
		UUID id = glossary.create(form.getTerm(), form.getExpansion(), form.getDefinition());
		audit.record(AuditEvent.of("CREATE", "GLOSSARY_TERM", id));
		redirect.addFlashAttribute("success", form.getTerm() + " added to the glossary");
		return "redirect:/directory/glossary";
	}

	@GetMapping("/admin/glossary/{id}")
	String editForm(@PathVariable UUID id, Model model) {
		GlossaryTerm term = glossary.find(id).orElseThrow(() -> new NotFoundException("Term"));
		GlossaryForm form = new GlossaryForm();
		form.setTerm(term.term());
		form.setExpansion(term.expansion());
		form.setDefinition(term.definition());
		form.setVersion(term.version());
		model.addAttribute("form", form);
		model.addAttribute("glossaryTerm", term);
		return "directory/glossary-form";
	}

	@PostMapping("/admin/glossary/{id}")
	String update(@PathVariable UUID id, @Valid @ModelAttribute("form") GlossaryForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		GlossaryTerm term = glossary.find(id).orElseThrow(() -> new NotFoundException("Term"));
		model.addAttribute("glossaryTerm", term);
		if (form.getTerm() != null && glossary.termTaken(form.getTerm(), id)) {
			result.rejectValue("term", "taken", "This term is already in the glossary");
		}
		if (form.getVersion() == null) {
			result.reject("version", "Reload the page and make your change again");
		}
		if (result.hasErrors()) {
			return "directory/glossary-form";
		}
		try {
			glossary.update(id, form.getVersion(), form.getTerm(), form.getExpansion(), form.getDefinition());
		}
		catch (ConflictException ex) {
			result.reject("conflict", "Someone else changed this term while you were editing it. Your changes were not "
					+ "saved: reload the page to see theirs, then make yours again.");
			return "directory/glossary-form";
		}
		audit.record(AuditEvent.of("UPDATE", "GLOSSARY_TERM", id));
		redirect.addFlashAttribute("success", form.getTerm() + " saved");
		return "redirect:/directory/glossary";
	}

	@PostMapping("/admin/glossary/{id}/delete")
	String delete(@PathVariable UUID id, RedirectAttributes redirect) {
		GlossaryTerm term = glossary.find(id).orElseThrow(() -> new NotFoundException("Term"));
		glossary.delete(id);
		audit.record(AuditEvent.of("DELETE", "GLOSSARY_TERM", id));
		redirect.addFlashAttribute("success", term.term() + " removed from the glossary");
		return "redirect:/directory/glossary";
	}

}
