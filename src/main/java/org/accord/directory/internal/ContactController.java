package org.accord.directory.internal;

import java.util.UUID;

import jakarta.validation.Valid;

import org.accord.directory.ContactRole;
import org.accord.directory.Contacts;
import org.accord.directory.DirectoryContact;
import org.accord.directory.NeedCategory;
import org.accord.directory.Services;
import org.accord.identity.Agencies;
import org.accord.identity.Agency;
import org.accord.identity.Colleagues;
import org.accord.platform.security.AccordPrincipal;
import org.accord.platform.web.ConflictException;
import org.accord.platform.web.InvalidInputException;
import org.accord.platform.web.NotFoundException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Named contacts and champions of an agency, kept by its managers and each entry's owner. */
@Controller
class ContactController {

	private final Contacts contacts;

	private final Agencies agencies;

	private final Services services;

	private final Colleagues colleagues;

	ContactController(Contacts contacts, Agencies agencies, Services services, Colleagues colleagues) {
		this.contacts = contacts;
		this.agencies = agencies;
		this.services = services;
		this.colleagues = colleagues;
	}

	@GetMapping("/directory/agencies/{agencyId}/contacts/new")
	String createForm(@PathVariable UUID agencyId, @AuthenticationPrincipal AccordPrincipal me, Model model) {
		Agency agency = agency(agencyId);
		requireEditor(Contacts.mayAddFor(me, agencyId));
		model.addAttribute("form", new ContactForm());
		options(model, agency);
		return "directory/contact-form";
	}

	@PostMapping("/directory/agencies/{agencyId}/contacts/new")
	String create(@PathVariable UUID agencyId, @Valid @ModelAttribute("form") ContactForm form, BindingResult result,
			@AuthenticationPrincipal AccordPrincipal me, Model model, RedirectAttributes redirect) {
		Agency agency = agency(agencyId);
		requireEditor(Contacts.mayAddFor(me, agencyId));
		form.validate(result);
		if (!result.hasErrors()) {
			try {
				contacts.add(me, form.toDraft(agencyId));
				redirect.addFlashAttribute("success", "Contact added");
				return "redirect:/directory/agencies/" + agencyId;
			}
			catch (InvalidInputException ex) {
				FormErrors.reject(result, ex);
			}
		}
		options(model, agency);
		return "directory/contact-form";
	}

	@GetMapping("/directory/contacts/{id}/edit")
	String editForm(@PathVariable UUID id, @AuthenticationPrincipal AccordPrincipal me, Model model) {
		DirectoryContact contact = editable(id, me);
		model.addAttribute("form", ContactForm.of(contact));
		model.addAttribute("contact", contact);
		options(model, agency(contact.agencyId()));
		return "directory/contact-form";
	}

	@PostMapping("/directory/contacts/{id}/edit")
	String update(@PathVariable UUID id, @Valid @ModelAttribute("form") ContactForm form, BindingResult result,
			@AuthenticationPrincipal AccordPrincipal me, Model model, RedirectAttributes redirect) {
		DirectoryContact contact = editable(id, me);
		Agency agency = agency(contact.agencyId());
		model.addAttribute("contact", contact);
		form.validate(result);
		if (!result.hasErrors()) {
			try {
				contacts.change(me, id, form.getVersion(), form.toDraft(agency.id()));
				redirect.addFlashAttribute("success", "Contact saved and marked as checked today");
				return "redirect:/directory/agencies/" + agency.id();
			}
			catch (InvalidInputException ex) {
				FormErrors.reject(result, ex);
			}
			catch (ConflictException ex) {
				result.reject("conflict", "Someone else changed this contact while you were editing it. Your changes were "
						+ "not saved: reload the page to see theirs, then make yours again.");
			}
		}
		options(model, agency);
		return "directory/contact-form";
	}

	@PostMapping("/directory/contacts/{id}/verify")
	String verify(@PathVariable UUID id, @AuthenticationPrincipal AccordPrincipal me, RedirectAttributes redirect) {
		DirectoryContact contact = contacts.verify(me, id);
		redirect.addFlashAttribute("success", "Contact marked as checked today");
		return "redirect:/directory/agencies/" + contact.agencyId();
	}

	private void options(Model model, Agency agency) {
		model.addAttribute("agency", agency);
		model.addAttribute("roles", ContactRole.values());
		model.addAttribute("topics", NeedCategory.values());
		model.addAttribute("staff", colleagues.activeIn(agency.id()));
		model.addAttribute("agencyServices", services.findByAgency(agency.id()));
	}

	private Agency agency(UUID agencyId) {
		return agencies.find(agencyId).orElseThrow(() -> new NotFoundException("Agency"));
	}

	private DirectoryContact editable(UUID id, AccordPrincipal me) {
		DirectoryContact contact = contacts.find(id).orElseThrow(() -> new NotFoundException("Contact"));
		requireEditor(Contacts.mayChange(me, contact));
		return contact;
	}

	private static void requireEditor(boolean editor) {
		if (!editor) {
			throw new AccessDeniedException("Not an editor of this agency's contacts");
		}
	}

}
