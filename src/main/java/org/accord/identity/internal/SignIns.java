package org.accord.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.accord.audit.AuditEvent;
import org.accord.audit.AuditLog;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/** Completes a sign-in once every factor is given: new session id, full authorities, audit row. */
@Component
class SignIns {

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	private final AuditLog audit;

	SignIns(AuditLog audit) {
		this.audit = audit;
	}

	void complete(UserAccount user, String how, HttpServletRequest request, HttpServletResponse response) {
		request.changeSessionId();
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(user.principal(), null, Authorities.signedIn(user)));
		SecurityContextHolder.setContext(context);
		contexts.saveContext(context, request, response);
		audit.record(AuditLog.actor(user.principal()), AuditEvent.of("SIGN_IN", "USER", user.id()).detail("web: " + how));
	}

}
