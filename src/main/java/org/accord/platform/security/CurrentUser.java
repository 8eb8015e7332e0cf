package org.accord.platform.security;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The fully signed-in user of the current request, if any. A user still between password and
 * second factor is not a current user.
 */
public final class CurrentUser {

	/** Granted only once every required factor has been given. */
	public static final String SIGNED_IN = "ACCORD_SIGNED_IN";

	private CurrentUser() {
	}

	public static Optional<AccordPrincipal> get() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth == null || !(auth.getPrincipal() instanceof AccordPrincipal principal)) {
			return Optional.empty();
		}
		boolean complete = auth.getAuthorities().stream().anyMatch(a -> SIGNED_IN.equals(a.getAuthority()));
		return complete ? Optional.of(principal) : Optional.empty();
	}

	public static AccordPrincipal require() {
		return get().orElseThrow(() -> new IllegalStateException("No signed-in user in this request"));
	}

}
