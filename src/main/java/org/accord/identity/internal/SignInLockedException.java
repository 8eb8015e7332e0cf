package org.accord.identity.internal;

import java.time.Instant;

import org.springframework.security.authentication.LockedException;

class SignInLockedException extends LockedException {

	private final Instant until;

	SignInLockedException(Instant until) {
		super("Too many failed attempts");
		this.until = until;
	}

	Instant until() {
		return until;
	}

}
