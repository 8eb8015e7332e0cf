package org.accord.identity.internal;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.accord.audit.AuditEvent;
import org.accord.audit.AuditLog;
import org.accord.platform.security.AccordPrincipal;
import org.accord.platform.web.InvalidFieldException;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Signing in and out on the pages: the second step, completing a sign-in once every factor is given (new
 * session id, full authorities), and the audit rows of both. Each row names the user itself: while signing in
 * and out, the request's security context is still being changed.
 */
@Component
class SignIns {

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	private final UserAccounts users;

	private final SecondFactorCheck secondFactor;

	private final AuditLog audit;

	SignIns(UserAccounts users, SecondFactorCheck secondFactor, AuditLog audit) {
		this.users = users;
		this.secondFactor = secondFactor;
		this.audit = audit;
	}

	/**
	 * The sign-in page's second step, for a user who gave their password: the code, then a complete sign-in.
	 * @throws SignInLockedException while the user's wrong codes are slowed, told before anything else
	 * @throws DisabledException when the user or their agency was disabled since the password
	 * @throws InvalidFieldException for a blank code, which is asked for again and not counted
	 * @throws BadCredentialsException for a wrong or spent code, counted towards slowing and audited
	 */
	void completeWithCode(UUID userId, String code, HttpServletRequest request, HttpServletResponse response) {
		secondFactor.requireNotSlowed(userId);
		UserAccount user = users.find(userId).filter(UserAccount::canSignIn)
			.orElseThrow(() -> new DisabledException("Account disabled"));
		if (code == null || code.isBlank()) {
			throw new InvalidFieldException("code", "Enter the 6-digit code from your authenticator app, or a recovery code");
		}
		secondFactor.check(user, code, "web: wrong second factor");
		complete(user, code.contains("-") ? "recovery code" : "password and TOTP", request, response);
	}

	void complete(UserAccount user, String how, HttpServletRequest request, HttpServletResponse response) {
		request.changeSessionId();
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(user.principal(), null, Authorities.signedIn(user)));
		SecurityContextHolder.setContext(context);
		contexts.saveContext(context, request, response);
		signedIn(user.principal(), how);
	}

	/** Records a complete sign-in on the page; {@code how} names the factors given. */
	void signedIn(AccordPrincipal user, String how) {
		audit.record(AuditLog.actor(user), AuditEvent.of("SIGN_IN", "USER", user.userId()).detail("web: " + how));
	}

	void signedOut(AccordPrincipal user) {
		audit.record(AuditLog.actor(user), AuditEvent.of("SIGN_OUT", "USER", user.userId()));
	}

}
