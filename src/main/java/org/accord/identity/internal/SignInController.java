package org.accord.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.accord.audit.AuditEvent;
import org.accord.audit.AuditLog;
import org.accord.platform.security.AccordPrincipal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class SignInController {

	private final UserAccounts users;

	private final TwoFactor twoFactor;

	private final SignInThrottle throttle;

	private final SignIns signIns;

	private final AuditLog audit;

	SignInController(UserAccounts users, TwoFactor twoFactor, SignInThrottle throttle, SignIns signIns, AuditLog audit) {
		this.users = users;
		this.twoFactor = twoFactor;
		this.throttle = throttle;
		this.signIns = signIns;
		this.audit = audit;
	}

	@GetMapping("/sign-in")
	String signIn() {
		return "identity/sign-in";
	}

	@GetMapping("/sign-in/code")
	String codeForm() {
		return "identity/sign-in-code";
	}

	@PostMapping("/sign-in/code")
	String code(@AuthenticationPrincipal AccordPrincipal pending, @RequestParam(defaultValue = "") String code,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		if (throttle.secondFactorSlowed(pending.userId()).isPresent()) {
			model.addAttribute("error", "Too many wrong codes. Wait a while, then sign in again.");
			return "identity/sign-in-code";
		}
		UserAccount user = users.find(pending.userId()).filter(UserAccount::canSignIn).orElse(null);
		if (user == null) {
			request.getSession().invalidate();
			return "redirect:/sign-in?disabled";
		}
		if (code.isBlank()) {
			model.addAttribute("error", "Enter the 6-digit code from your authenticator app, or a recovery code");
			return "identity/sign-in-code";
		}
		if (!twoFactor.verify(user, code)) {
			throttle.secondFactorFailed(user.id(), user.username());
			audit.record(AuditLog.actor(user.principal()),
					AuditEvent.of("SIGN_IN", "USER", user.id()).failed().detail("web: wrong second factor"));
			model.addAttribute("error", "The code is not right, or has already been used. Enter the current code");
			return "identity/sign-in-code";
		}
		throttle.secondFactorSucceeded(user.id());
		signIns.complete(user, code.contains("-") ? "recovery code" : "password and TOTP", request, response);
		return "redirect:/";
	}

}
