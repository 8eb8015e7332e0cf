package org.accord.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.accord.platform.security.AccordPrincipal;
import org.accord.platform.web.InvalidFieldException;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class SignInController {

	private final SignIns signIns;

	SignInController(SignIns signIns) {
		this.signIns = signIns;
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
		try {
			signIns.completeWithCode(pending.userId(), code, request, response);
			return "redirect:/";
		}
		catch (SignInLockedException ex) {
			model.addAttribute("error", "Too many wrong codes. Wait a while, then sign in again.");
		}
		catch (DisabledException ex) {
			request.getSession().invalidate();
			return "redirect:/sign-in?disabled";
		}
		catch (InvalidFieldException ex) {
			model.addAttribute("error", ex.getMessage());
		}
		catch (BadCredentialsException ex) {
			model.addAttribute("error", "The code is not right, or has already been used. Enter the current code");
		}
		return "identity/sign-in-code";
	}

}
