package org.accord.identity.internal;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Signs in from the sign-in page. A user with a second factor (or who must enrol one) gets a
 * partial sign-in that opens nothing but the next step.
 */
class FormSignInProvider implements AuthenticationProvider {

	private final PasswordCheck passwords;

	private final SecuritySettings settings;

	FormSignInProvider(PasswordCheck passwords, SecuritySettings settings) {
		this.passwords = passwords;
		this.settings = settings;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String address = authentication.getDetails() instanceof WebAuthenticationDetails details
				? details.getRemoteAddress() : null;
		UserAccount user = passwords.check(authentication.getName(),
				authentication.getCredentials() == null ? null : authentication.getCredentials().toString(), "web",
				address);
		var authorities = user.totpEnabled() ? Authorities.pending(Authorities.PENDING_SECOND_FACTOR)
				: mustEnrol(user) ? Authorities.pending(Authorities.PENDING_ENROLMENT) : Authorities.signedIn(user);
		return UsernamePasswordAuthenticationToken.authenticated(user.principal(), null, authorities);
	}

	boolean mustEnrol(UserAccount user) {
		return !user.totpEnabled() && (settings.requireTwoFactor() || user.agencyRequiresTwoFactor());
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
