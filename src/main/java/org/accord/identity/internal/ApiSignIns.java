package org.accord.identity.internal;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.stereotype.Component;

/**
 * Signing in to the API: the password, then the second factor when the user has one or must, then a token.
 * Not one transaction, as neither check is: a refusal's count towards slowing and its audit row must outlive it.
 */
@Component
class ApiSignIns {

	private final PasswordCheck passwords;

	private final SecondFactorCheck secondFactor;

	private final ApiTokens tokens;

	private final SecuritySettings settings;

	ApiSignIns(PasswordCheck passwords, SecondFactorCheck secondFactor, ApiTokens tokens, SecuritySettings settings) {
		this.passwords = passwords;
		this.secondFactor = secondFactor;
		this.tokens = tokens;
		this.settings = settings;
	}

	/**
	 * @throws SignInLockedException while this address or name, or the user's wrong codes, are slowed
	 * @throws BadCredentialsException for an unknown name, a wrong password, or a missing or wrong code
	 * @throws DisabledException for a disabled user or agency, once the password is right
	 */
	ApiTokens.Issued token(String username, String password, String otp, String address) {
		UserAccount user = passwords.check(username, password, "api", address);
		// The API has no page to enrol on: a user who must have a second factor and has none gets no token.
		if (user.totpEnabled() || user.agencyRequiresTwoFactor() || settings.requireTwoFactor()) {
			secondFactor.check(user, otp, "api: second factor missing or wrong");
		}
		return tokens.issue(user);
	}

}
