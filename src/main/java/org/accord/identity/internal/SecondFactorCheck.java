package org.accord.identity.internal;

import java.util.UUID;

import org.accord.audit.AuditEvent;
import org.accord.audit.AuditLog;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.stereotype.Component;

/**
 * The one place a second-factor code is checked at sign-in, for the sign-in page and the token API alike.
 * Not one transaction, as the password's check is not: a wrong code's count towards slowing and its audit
 * row must outlive the refusal, and the counts are kept on connections of their own.
 */
@Component
class SecondFactorCheck {

	private final TwoFactor twoFactor;

	private final SignInThrottle throttle;

	private final AuditLog audit;

	SecondFactorCheck(TwoFactor twoFactor, SignInThrottle throttle, AuditLog audit) {
		this.twoFactor = twoFactor;
		this.throttle = throttle;
		this.audit = audit;
	}

	/** @throws SignInLockedException while this user's wrong codes are slowed, whatever the next code */
	void requireNotSlowed(UUID userId) {
		var slowed = throttle.secondFactorSlowed(userId);
		if (slowed.isPresent()) {
			throw new SignInLockedException(slowed.get());
		}
	}

	/**
	 * Checks a TOTP code (once per time step) or an unused recovery code.
	 * @param failure the audit row's detail when the code is missing or wrong
	 * @throws SignInLockedException while this user's wrong codes are slowed, before the code is looked at
	 * @throws BadCredentialsException for a missing, wrong or spent code, counted towards slowing and audited
	 */
	void check(UserAccount user, String code, String failure) {
		requireNotSlowed(user.id());
		if (!twoFactor.verify(user, code)) {
			throttle.secondFactorFailed(user.id(), user.username());
			audit.record(AuditLog.actor(user.principal()),
					AuditEvent.of("SIGN_IN", "USER", user.id()).failed().detail(failure));
			throw new BadCredentialsException("Wrong second factor");
		}
		throttle.secondFactorSucceeded(user.id());
	}

}
