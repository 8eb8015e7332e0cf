package org.accord.directory.internal;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.accord.directory.Glossary;
import org.accord.directory.GlossaryTerm;
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
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The glossary for everyone; changing it is for administrators (/admin is theirs alone). */
@Controller
class GlossaryController {

	private final Glossary glossary;

	GlossaryController(Glossary glossary) {
		this.glossary = glossary;
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
	String create(@Valid @ModelAttribute("form") GlossaryForm form, BindingResult result,
			@AuthenticationPrincipal AccordPrincipal me, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return "directory/glossary-form";
		}
		try {
			glossary.add(me, form.getTerm(), form.getExpansion(), form.getDefinition());
		}
		catch (InvalidInputException ex) {
			FormErrors.reject(result, ex);
			return "directory/glossary-form";
		}
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
			@AuthenticationPrincipal AccordPrincipal me, Model model, RedirectAttributes redirect) {
		model.addAttribute("glossaryTerm", glossary.find(id).orElseThrow(() -> new NotFoundException("Term")));
		if (result.hasErrors()) {
			return "directory/glossary-form";
		}
		try {
			glossary.change(me, id, form.getVersion(), form.getTerm(), form.getExpansion(), form.getDefinition());
		}
		catch (InvalidInputException ex) {
			FormErrors.reject(result, ex);
			return "directory/glossary-form";
		}
		catch (ConflictException ex) {
			result.reject("conflict", "Someone else changed this term while you were editing it. Your changes were not "
					+ "saved: reload the page to see theirs, then make yours again.");
			return "directory/glossary-form";
		}
		redirect.addFlashAttribute("success", form.getTerm() + " saved");
		return "redirect:/directory/glossary";
	}

	@PostMapping("/admin/glossary/{id}/delete")
	String delete(@PathVariable UUID id, @AuthenticationPrincipal AccordPrincipal me, RedirectAttributes redirect) {
		GlossaryTerm term = glossary.remove(me, id);
		redirect.addFlashAttribute("success", term.term() + " removed from the glossary");
		return "redirect:/directory/glossary";
	}

}
