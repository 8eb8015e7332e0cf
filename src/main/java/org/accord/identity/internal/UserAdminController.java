package org.accord.identity.internal;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.groups.Default;

import org.accord.audit.AuditEvent;
import org.accord.audit.AuditLog;
import org.accord.identity.Agencies;
import org.accord.platform.security.AccordPrincipal;
import org.accord.platform.security.Role;
import org.accord.platform.web.ConflictException;
import org.accord.platform.web.NotFoundException;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
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

	private final PasswordEncoder encoder;

	private final Sessions sessions;

	private final ApiTokens tokens;

	private final AuditLog audit;

	private final UserAdministration administration;

	UserAdminController(UserAccounts users, Agencies agencies, PasswordEncoder encoder, Sessions sessions,
			ApiTokens tokens, AuditLog audit, UserAdministration administration) {
		this.administration = administration;
		this.users = users;
		this.agencies = agencies;
		this.encoder = encoder;
		this.sessions = sessions;
		this.tokens = tokens;
		this.audit = audit;
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
	@Transactional
	String create(@Validated({ Default.class, UserForm.Create.class }) @ModelAttribute("form") UserForm form,
			BindingResult result, RedirectAttributes redirect) {
		if (form.getUsername() != null && !result.hasFieldErrors("username") && users.usernameTaken(form.getUsername())) {
			result.rejectValue("username", "taken", "This user name is already taken");
		}
		if (form.getAgencyId() != null && agencies.find(form.getAgencyId()).isEmpty()) {
			result.rejectValue("agencyId", "unknown", "Select an agency");
		}
		if (result.hasErrors()) {
			return "identity/user-new";
		}
		UUID id = UUID.randomUUID();
		users.insert(id, form.getUsername(), form.getDisplayName(), form.getEmail(), form.getJobTitle(),
				form.getAgencyId(), encoder.encode(form.getPassword()), form.getRoles());
		audit.record(AuditEvent.of("CREATE", "USER", id).detail("roles " + form.getRoles()));
		redirect.addFlashAttribute("success", "User " + form.getUsername() + " created");
		return "redirect:/admin/users/" + id;
	}

	@GetMapping("/{id}")
	String show(@PathVariable UUID id, Model model) {
		UserAccount user = load(id);
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
		audit.record(AuditEvent.of("VIEW", "USER", id));
		return "identity/user";
	}

	@PostMapping("/{id}")
	String update(@PathVariable UUID id, @Valid @ModelAttribute("form") UserForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		UserAccount user = load(id);
		model.addAttribute("user", user);
		if (form.getAgencyId() != null && agencies.find(form.getAgencyId()).isEmpty()) {
			result.rejectValue("agencyId", "unknown", "Select an agency");
		}
		if (form.getVersion() == null) {
			result.reject("version", "Reload the page and make your change again");
		}
		if (result.hasErrors()) {
			return "identity/user";
		}
		boolean accessChanged;
		try {
			accessChanged = administration.update(id, form.getVersion(), form.getDisplayName(), form.getEmail(),
					form.getJobTitle(), form.getAgencyId(), form.getRoles());
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
		catch (org.accord.platform.web.BusinessRuleException ex) {
			redirect.addFlashAttribute("failure", ex.getMessage());
		}
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/{id}/enable")
	@Transactional
	String enable(@PathVariable UUID id, RedirectAttributes redirect) {
		UserAccount user = load(id);
		users.setEnabled(id, true);
		audit.record(AuditEvent.of("ENABLE", "USER", id));
		redirect.addFlashAttribute("success", user.displayName() + " is enabled");
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/{id}/reset-two-factor")
	@Transactional
	String resetTwoFactor(@PathVariable UUID id, RedirectAttributes redirect) {
		UserAccount user = load(id);
		users.resetTotp(id);
		sessions.endAll(user.username());
		audit.record(AuditEvent.of("RESET_TWO_FACTOR", "USER", id));
		redirect.addFlashAttribute("success", "Second factor removed: " + user.displayName()
				+ " will set up a new one at next sign-in if their agency requires it");
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/{id}/password")
	@Transactional
	String setPassword(@PathVariable UUID id, @RequestParam(defaultValue = "") String newPassword,
			RedirectAttributes redirect) {
		UserAccount user = load(id);
		if (newPassword.length() < 12 || newPassword.length() > 200) {
			redirect.addFlashAttribute("passwordError", "Password must be at least 12 characters");
			return "redirect:/admin/users/" + id + "#new-password";
		}
		users.setPassword(id, encoder.encode(newPassword));
		sessions.endAll(user.username());
		tokens.revokeAll(id);
		audit.record(AuditEvent.of("SET_PASSWORD", "USER", id));
		redirect.addFlashAttribute("success", "New password set; " + user.displayName() + " has been signed out everywhere");
		return "redirect:/admin/users/" + id;
	}

	private UserAccount load(UUID id) {
		return users.find(id).orElseThrow(() -> new NotFoundException("User"));
	}

}
