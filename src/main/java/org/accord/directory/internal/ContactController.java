package org.accord.directory.internal;

import java.util.List;

import java.util.UUID;

import jakarta.validation.Valid;

import org.accord.audit.AuditEvent;
import org.accord.audit.AuditLog;
import org.accord.directory.ContactRole;
import org.accord.directory.Contacts;
import org.accord.directory.DirectoryContact;
import org.accord.directory.NeedCategory;
import org.accord.directory.Services;
import org.accord.identity.Agencies;
import org.accord.identity.Agency;
import org.accord.identity.Colleagues;
import org.accord.identity.Colleagues.Colleague;
import org.accord.platform.security.AccordPrincipal;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Named contacts and champions of an agency, kept by its managers and each entry's owner. */
@Controller
class ContactController {

	private final Contacts contacts;

	private final Agencies agencies;

	private final Services services;

	private final Colleagues colleagues;

	private final AuditLog audit;

	private final TransactionTemplate transactions;

	ContactController(Contacts contacts, Agencies agencies, Services services, Colleagues colleagues, AuditLog audit,
			TransactionTemplate transactions) {
		this.transactions = transactions;
		this.contacts = contacts;
		this.agencies = agencies;
		this.services = services;
		this.colleagues = colleagues;
		this.audit = audit;
	}

	@GetMapping("/directory/agencies/{agencyId}/contacts/new")
	String createForm(@PathVariable UUID agencyId, @AuthenticationPrincipal AccordPrincipal me, Model model) {
		Agency agency = agencyFor(agencyId, me, null);
		model.addAttribute("form", new ContactForm());
		options(model, agency);
		return "directory/contact-form";
	}

	@PostMapping("/directory/agencies/{agencyId}/contacts/new")
	@Transactional
	String create(@PathVariable UUID agencyId, @Valid @ModelAttribute("form") ContactForm form, BindingResult result,
			@AuthenticationPrincipal AccordPrincipal me, Model model, RedirectAttributes redirect) {
		Agency agency = agencyFor(agencyId, me, null);
		List<Colleague> staff = colleagues.activeIn(agencyId);
		check(form, result, agency, staff);
		if (result.hasErrors()) {
			options(model, agency);
			return "directory/contact-form";
		}
		UUID id = contacts.create(form.toDraft(agencyId, nameOf(staff, form.getUserId()),
				nameOf(staff, form.getDeputyUserId()), me.userId()));
		audit.record(AuditEvent.of("CREATE", "DIRECTORY_CONTACT", id));
		redirect.addFlashAttribute("success", "Contact added");
		return "redirect:/directory/agencies/" + agencyId;
	}

	@GetMapping("/directory/contacts/{id}/edit")
	String editForm(@PathVariable UUID id, @AuthenticationPrincipal AccordPrincipal me, Model model) {
		DirectoryContact contact = contacts.find(id).orElseThrow(() -> new NotFoundException("Contact"));
		Agency agency = agencyFor(contact.agencyId(), me, contact.ownerUserId());
		model.addAttribute("form", ContactForm.of(contact));
		model.addAttribute("contact", contact);
		options(model, agency);
		return "directory/contact-form";
	}

	@PostMapping("/directory/contacts/{id}/edit")
	String update(@PathVariable UUID id, @Valid @ModelAttribute("form") ContactForm form, BindingResult result,
			@AuthenticationPrincipal AccordPrincipal me, Model model, RedirectAttributes redirect) {
		DirectoryContact contact = contacts.find(id).orElseThrow(() -> new NotFoundException("Contact"));
		Agency agency = agencyFor(contact.agencyId(), me, contact.ownerUserId());
		model.addAttribute("contact", contact);
		List<Colleague> staff = colleagues.activeIn(agency.id());
		check(form, result, agency, staff);
		if (form.getVersion() == null) {
			result.reject("version", "Reload the page and make your change again");
		}
		if (!result.hasErrors()) {
			try {
				transactions.executeWithoutResult(status -> {
					contacts.update(id, form.getVersion(), form.toDraft(agency.id(), nameOf(staff, form.getUserId()),
							nameOf(staff, form.getDeputyUserId()), contact.ownerUserId() != null ? contact.ownerUserId() : me.userId()));
					audit.record(AuditEvent.of("UPDATE", "DIRECTORY_CONTACT", id));
				});
				redirect.addFlashAttribute("success", "Contact saved and marked as checked today");
				return "redirect:/directory/agencies/" + agency.id();
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
	@Transactional
	String verify(@PathVariable UUID id, @AuthenticationPrincipal AccordPrincipal me, RedirectAttributes redirect) {
		DirectoryContact contact = contacts.find(id).orElseThrow(() -> new NotFoundException("Contact"));
		agencyFor(contact.agencyId(), me, contact.ownerUserId());
		contacts.markVerified(id);
		audit.record(AuditEvent.of("VERIFY", "DIRECTORY_CONTACT", id));
		redirect.addFlashAttribute("success", "Contact marked as checked today");
		return "redirect:/directory/agencies/" + contact.agencyId();
	}

	private void check(ContactForm form, BindingResult result, Agency agency, List<Colleague> staff) {
		form.validate(result);
		if (form.getUserId() != null && nameOf(staff, form.getUserId()) == null) {
			result.rejectValue("userId", "unknown", "Select a current colleague at " + agency.name());
		}
		if (form.getDeputyUserId() != null && nameOf(staff, form.getDeputyUserId()) == null) {
			result.rejectValue("deputyUserId", "unknown", "Select a current colleague at " + agency.name());
		}
		if (form.getServiceId() != null
				&& services.find(form.getServiceId()).filter(s -> s.agencyId().equals(agency.id())).isEmpty()) {
			result.rejectValue("serviceId", "unknown", "Select one of the services of " + agency.name());
		}
	}

	private void options(Model model, Agency agency) {
		model.addAttribute("agency", agency);
		model.addAttribute("roles", ContactRole.values());
		model.addAttribute("topics", NeedCategory.values());
		model.addAttribute("staff", colleagues.activeIn(agency.id()));
		model.addAttribute("agencyServices", services.findByAgency(agency.id()));
	}

	private Agency agencyFor(UUID agencyId, AccordPrincipal me, UUID owner) {
		Agency agency = agencies.find(agencyId).orElseThrow(() -> new NotFoundException("Agency"));
		if (!DirectoryPermissions.canEdit(me, agencyId, owner)) {
			throw new AccessDeniedException("Not an editor of this agency's contacts");
		}
		return agency;
	}

	private static String nameOf(List<Colleague> staff, UUID id) {
		return id == null ? null
				: staff.stream().filter(c -> c.id().equals(id)).map(Colleague::displayName).findFirst().orElse(null);
	}


}
