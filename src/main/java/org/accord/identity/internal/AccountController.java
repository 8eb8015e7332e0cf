package org.accord.identity.internal;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.accord.audit.AuditEvent;
import org.accord.audit.AuditLog;
import org.accord.platform.security.AccordPrincipal;
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

	private final Sessions sessions;

	private final ApiTokens tokens;

	private final AuditLog audit;

	AccountController(UserAccounts users, TwoFactor twoFactor, SignIns signIns, Sessions sessions, ApiTokens tokens,
			AuditLog audit) {
		this.users = users;
		this.twoFactor = twoFactor;
		this.signIns = signIns;
		this.sessions = sessions;
		this.tokens = tokens;
		this.audit = audit;
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
		showSetup(model, user, secret, null);
		return "identity/two-factor-setup";
	}

	@PostMapping("/account/two-factor/setup")
	String confirmSetup(@AuthenticationPrincipal AccordPrincipal principal, @RequestParam(defaultValue = "") String code,
			HttpSession session, HttpServletRequest request, HttpServletResponse response, Model model) {
		UserAccount user = load(principal);
		String secret = (String) session.getAttribute(PENDING_SECRET);
		if (user.totpEnabled() || secret == null) {
			return "redirect:/account";
		}
		if (!code.replaceAll("\\s", "").matches("\\d{6}")) {
			showSetup(model, user, secret, "Enter the 6-digit code shown in your authenticator app");
			return "identity/two-factor-setup";
		}
		if (!twoFactor.enrol(user, secret, code)) {
			showSetup(model, user, secret, "The code is not right. Check the time on your phone and enter the current code");
			return "identity/two-factor-setup";
		}
		session.removeAttribute(PENDING_SECRET);
		List<String> codes = twoFactor.newRecoveryCodes(user.id());
		audit.record(AuditLog.actor(principal), AuditEvent.of("TWO_FACTOR_ENROLLED", "USER", user.id()));
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
		UserAccount user = load(principal);
		if (!user.totpEnabled()) {
			return "redirect:/account";
		}
		model.addAttribute("codes", twoFactor.newRecoveryCodes(user.id()));
		model.addAttribute("justEnrolled", false);
		audit.record(AuditEvent.of("RECOVERY_CODES_REPLACED", "USER", user.id()));
		return "identity/recovery-codes";
	}

	@PostMapping("/account/sign-out-everywhere")
	String signOutEverywhere(@AuthenticationPrincipal AccordPrincipal principal, HttpServletRequest request) {
		int ended = sessions.endAll(principal.username());
		int revoked = tokens.revokeAll(principal.userId());
		audit.record(AuditEvent.of("SIGN_OUT_EVERYWHERE", "USER", principal.userId())
			.detail(ended + " sessions ended, " + revoked + " API tokens revoked"));
		SecurityContextHolder.clearContext();
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
		return "redirect:/sign-in?signedOutEverywhere";
	}

	private void showSetup(Model model, UserAccount user, String secret, String error) {
		String uri = twoFactor.otpauthUri(secret, user.username());
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
