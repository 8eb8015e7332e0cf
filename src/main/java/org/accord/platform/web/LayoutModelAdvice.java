package org.accord.platform.web;

import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;

import org.accord.platform.security.AccordPrincipal;
import org.accord.platform.security.CurrentUser;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the page layout needs on every page: who is signed in, where we are, and the idle timeout. */
@ControllerAdvice
public class LayoutModelAdvice {

	private final long sessionTimeoutSeconds;

	public LayoutModelAdvice(@Value("${server.servlet.session.timeout:30m}") Duration sessionTimeout) {
		this.sessionTimeoutSeconds = sessionTimeout.toSeconds();
	}

	@ModelAttribute("currentUser")
	AccordPrincipal currentUser() {
		return CurrentUser.get().orElse(null);
	}

	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		return request.getRequestURI();
	}

	@ModelAttribute("sessionTimeoutSeconds")
	long sessionTimeoutSeconds() {
		return sessionTimeoutSeconds;
	}

}
