package org.accord.identity.internal;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.groups.Default;

import org.accord.identity.Agencies;
import org.accord.platform.security.AccordPrincipal;
import org.accord.platform.security.Role;
import org.accord.platform.web.BusinessRuleException;
import org.accord.platform.web.ConflictException;
import org.accord.platform.web.InvalidFieldException;
import org.accord.platform.web.InvalidInputException;
import org.accord.platform.web.NotFoundException;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/admin/users")
class UserAdminController {

	private final UserAccounts users;

	private final Agencies agencies;

	private final UserAdministration administration;

	UserAdminController(UserAccounts users, Agencies agencies, UserAdministration administration) {
		this.administration = administration;
		this.users = users;
		this.agencies = agencies;
	}

	@ModelAttribute
	void options(Model model) {
		model.addAttribute("agencies", agencies.findAll());
		model.addAttribute("allRoles", Role.values());
	}

	@GetMapping
	String list(@RequestParam(required = false) UUID agency, @RequestParam(required = false) String q, Model model) {
		model.addAttribute("users", users.search(agency, q));
		model.addAttribute("selectedAgency", agency);
		model.addAttribute("q", q);
		return "identity/users";
	}

	@GetMapping("/new")
	String createForm(Model model) {
		model.addAttribute("form", new UserForm());
		return "identity/user-new";
	}

	@PostMapping("/new")
	String create(@Validated({ Default.class, UserForm.Create.class }) @ModelAttribute("form") UserForm form,
			BindingResult result, @AuthenticationPrincipal AccordPrincipal admin, RedirectAttributes redirect) {
		FieldRefusals.reject(result, administration.refusals(form.getUsername(), form.details()));
		if (result.hasErrors()) {
			return "identity/user-new";
		}
		UUID id;
		try {
			id = administration.create(admin, form.getUsername(), form.getPassword(), form.details());
		}
		catch (InvalidInputException ex) {
			FieldRefusals.reject(result, ex.errors());
			return "identity/user-new";
		}
		redirect.addFlashAttribute("success", "User " + form.getUsername() + " created");
		return "redirect:/admin/users/" + id;
	}

	@GetMapping("/{id}")
	String show(@PathVariable UUID id, @AuthenticationPrincipal AccordPrincipal admin, Model model) {
		UserAccount user = administration.view(admin, id);
		if (!model.containsAttribute("form")) {
			UserForm form = new UserForm();
			form.setDisplayName(user.displayName());
			form.setEmail(user.email());
			form.setJobTitle(user.jobTitle());
			form.setAgencyId(user.agencyId());
			form.setRoles(user.roles().isEmpty() ? java.util.EnumSet.noneOf(Role.class)
					: java.util.EnumSet.copyOf(user.roles()));
			form.setVersion(user.version());
			model.addAttribute("form", form);
		}
		model.addAttribute("user", user);
		return "identity/user";
	}

	@PostMapping("/{id}")
	String update(@PathVariable UUID id, @Valid @ModelAttribute("form") UserForm form, BindingResult result,
			@AuthenticationPrincipal AccordPrincipal admin, Model model, RedirectAttributes redirect) {
		UserAccount user = load(id);
		model.addAttribute("user", user);
		FieldRefusals.reject(result, administration.refusals(null, form.details()));
		if (form.getVersion() == null) {
			result.reject("version", "Reload the page and make your change again");
		}
		if (result.hasErrors()) {
			return "identity/user";
		}
		boolean accessChanged;
		try {
			accessChanged = administration.update(admin, id, form.getVersion(), form.details());
		}
		catch (InvalidInputException ex) {
			FieldRefusals.reject(result, ex.errors());
			return "identity/user";
		}
		catch (ConflictException ex) {
			result.reject("conflict", "Someone else changed this user while you were editing. Your changes were "
					+ "not saved: reload the page to see theirs, then make yours again.");
			return "identity/user";
		}
		redirect.addFlashAttribute("success", accessChanged ? "Changes saved. " + user.displayName()
				+ "'s role or agency changed, so they have been signed out everywhere." : "Changes saved");
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/{id}/disable")
	String disable(@PathVariable UUID id, @AuthenticationPrincipal AccordPrincipal me, RedirectAttributes redirect) {
		try {
			UserAccount user = administration.disable(id, me);
			redirect.addFlashAttribute("success", user.displayName() + " is disabled and signed out everywhere");
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("failure", ex.getMessage());
		}
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/{id}/enable")
	String enable(@PathVariable UUID id, @AuthenticationPrincipal AccordPrincipal admin, RedirectAttributes redirect) {
		UserAccount user = administration.enable(admin, id);
		redirect.addFlashAttribute("success", user.displayName() + " is enabled");
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/{id}/reset-two-factor")
	String resetTwoFactor(@PathVariable UUID id, @AuthenticationPrincipal AccordPrincipal admin,
			RedirectAttributes redirect) {
		UserAccount user = administration.resetTwoFactor(admin, id);
		redirect.addFlashAttribute("success", "Second factor removed: " + user.displayName()
				+ " will set up a new one at next sign-in if their agency requires it");
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/{id}/password")
	String setPassword(@PathVariable UUID id, @RequestParam(defaultValue = "") String newPassword,
			@AuthenticationPrincipal AccordPrincipal admin, RedirectAttributes redirect) {
		try {
			UserAccount user = administration.setPassword(admin, id, newPassword);
			redirect.addFlashAttribute("success", "New password set; " + user.displayName()
					+ " has been signed out everywhere");
			return "redirect:/admin/users/" + id;
		}
		catch (InvalidFieldException ex) {
			redirect.addFlashAttribute("passwordError", ex.getMessage());
			return "redirect:/admin/users/" + id + "#new-password";
		}
	}

	private UserAccount load(UUID id) {
		return users.find(id).orElseThrow(() -> new NotFoundException("User"));
	}

}
