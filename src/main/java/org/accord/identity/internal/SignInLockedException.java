package org.accord.identity.internal;

import org.springframework.security.authentication.LockedException;

/** Sign-in is slowed for this address or name; nothing was checked. */
class SignInLockedException extends LockedException {

	private final SignInThrottle.Slowed slowed;

	SignInLockedException(SignInThrottle.Slowed slowed) {
		super("Too many failed attempts");
		this.slowed = slowed;
	}

	SignInThrottle.Slowed slowed() {
		return slowed;
	}

}
