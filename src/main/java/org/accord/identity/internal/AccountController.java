package org.accord.identity.internal;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.accord.platform.security.AccordPrincipal;
import org.accord.platform.web.BusinessRuleException;
import org.accord.platform.web.InvalidFieldException;
import org.accord.platform.web.NotFoundException;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The signed-in user's own account: second factor, recovery codes, signing out everywhere. */
@Controller
class AccountController {

	private static final String PENDING_SECRET = AccountController.class.getName() + ".secret";

	private final UserAccounts users;

	private final TwoFactor twoFactor;

	private final SignIns signIns;

	private final AccountSecurity security;

	AccountController(UserAccounts users, TwoFactor twoFactor, SignIns signIns, AccountSecurity security) {
		this.users = users;
		this.twoFactor = twoFactor;
		this.signIns = signIns;
		this.security = security;
	}

	@GetMapping("/account")
	String account(@AuthenticationPrincipal AccordPrincipal principal, Model model) {
		UserAccount user = load(principal);
		model.addAttribute("account", user);
		model.addAttribute("recoveryCodesLeft", twoFactor.unusedRecoveryCodes(user.id()));
		return "identity/account";
	}

	@GetMapping("/account/two-factor/setup")
	String setup(@AuthenticationPrincipal AccordPrincipal principal, HttpSession session, Model model) {
		UserAccount user = load(principal);
		if (user.totpEnabled()) {
			return "redirect:/account";
		}
		String secret = (String) session.getAttribute(PENDING_SECRET);
		if (secret == null) {
			secret = twoFactor.newSecret();
			session.setAttribute(PENDING_SECRET, secret);
		}
		showSetup(model, user.username(), secret, null);
		return "identity/two-factor-setup";
	}

	@PostMapping("/account/two-factor/setup")
	String confirmSetup(@AuthenticationPrincipal AccordPrincipal principal, @RequestParam(defaultValue = "") String code,
			HttpSession session, HttpServletRequest request, HttpServletResponse response, Model model) {
		String secret = (String) session.getAttribute(PENDING_SECRET);
		if (secret == null) {
			return "redirect:/account";
		}
		List<String> codes;
		try {
			codes = security.enrol(principal, secret, code);
		}
		catch (BusinessRuleException ex) {
			return "redirect:/account";
		}
		catch (InvalidFieldException ex) {
			showSetup(model, principal.username(), secret, ex.getMessage());
			return "identity/two-factor-setup";
		}
		session.removeAttribute(PENDING_SECRET);
		boolean wasPending = !isSignedIn();
		if (wasPending) {
			signIns.complete(load(principal), "password and new TOTP", request, response);
		}
		model.addAttribute("codes", codes);
		model.addAttribute("justEnrolled", true);
		return "identity/recovery-codes";
	}

	@PostMapping("/account/two-factor/recovery-codes")
	String newRecoveryCodes(@AuthenticationPrincipal AccordPrincipal principal, Model model) {
		try {
			model.addAttribute("codes", security.replaceRecoveryCodes(principal));
		}
		catch (BusinessRuleException ex) {
			return "redirect:/account";
		}
		model.addAttribute("justEnrolled", false);
		return "identity/recovery-codes";
	}

	@PostMapping("/account/sign-out-everywhere")
	String signOutEverywhere(@AuthenticationPrincipal AccordPrincipal principal, HttpServletRequest request) {
		security.signOutEverywhere(principal);
		SecurityContextHolder.clearContext();
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
		return "redirect:/sign-in?signedOutEverywhere";
	}

	private void showSetup(Model model, String username, String secret, String error) {
		String uri = twoFactor.otpauthUri(secret, username);
		model.addAttribute("qrCode", twoFactor.qrCodeDataUri(uri));
		model.addAttribute("secret", secret.replaceAll("(.{4})", "$1 ").trim());
		model.addAttribute("error", error);
		model.addAttribute("required", !isSignedIn());
	}

	private static boolean isSignedIn() {
		var auth = SecurityContextHolder.getContext().getAuthentication();
		return auth != null && SecurityConfiguration.hasAuthority(auth, org.accord.platform.security.CurrentUser.SIGNED_IN);
	}

	private UserAccount load(AccordPrincipal principal) {
		return users.find(principal.userId()).orElseThrow(() -> new NotFoundException("Account"));
	}

}
