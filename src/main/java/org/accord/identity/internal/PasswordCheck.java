package org.accord.identity.internal;

import org.accord.audit.AuditActor;
import org.accord.audit.AuditEvent;
import org.accord.audit.AuditLog;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The one place a user name and password are checked, for the sign-in page and the token API alike.
 * An unknown name costs the same hash as a known one and fails the same way.
 */
@Component
class PasswordCheck {

	private final UserAccounts users;

	private final PasswordEncoder encoder;

	private final SignInThrottle throttle;

	private final AuditLog audit;

	private final String dummyHash;

	PasswordCheck(UserAccounts users, PasswordEncoder encoder, SignInThrottle throttle, AuditLog audit) {
		this.users = users;
		this.encoder = encoder;
		this.throttle = throttle;
		this.audit = audit;
		this.dummyHash = encoder.encode("not-a-real-password-" + System.nanoTime());
	}

	/**
	 * @throws SignInLockedException while this address or name is slowed, whatever the password
	 * @throws BadCredentialsException for an unknown name or a wrong password
	 * @throws DisabledException for a disabled user or agency, once the password is right
	 */
	UserAccount check(String username, String password, String channel, String address) {
		String name = username == null ? "" : username.trim();
		var slowed = throttle.slowed(name, address);
		if (slowed.isPresent()) {
			audit.record(actorFor(name), AuditEvent.of("SIGN_IN", "USER", null).denied()
				.detail(channel + ": slowed (" + slowed.get().kind().name().toLowerCase(java.util.Locale.ROOT) + ")"));
			throw new SignInLockedException(slowed.get());
		}
		var user = name.isEmpty() ? java.util.Optional.<UserAccount>empty() : users.findByUsername(name);
		boolean matches = encoder.matches(password == null ? "" : password,
				user.map(UserAccount::passwordHash).orElse(dummyHash));
		if (user.isEmpty() || !matches) {
			throttle.failed(name, address);
			audit.record(actorFor(name), AuditEvent.of("SIGN_IN", "USER", user.map(u -> u.id().toString()).orElse(null))
				.failed().detail(channel + ": bad credentials"));
			throw new BadCredentialsException("Bad credentials");
		}
		UserAccount account = user.get();
		if (!account.canSignIn()) {
			audit.record(AuditLog.actor(account.principal()), AuditEvent.of("SIGN_IN", "USER", account.id()).denied()
				.detail(channel + ": account disabled"));
			throw new DisabledException("Account disabled");
		}
		throttle.succeeded(name, address);
		return account;
	}

	/** Only a real user's name is recorded: a mistyped password in the name field must not reach the log. */
	AuditActor actorFor(String name) {
		return users.findByUsername(name)
			.map(u -> new AuditActor(u.id(), u.username(), u.agencyId(), u.agencyName(), null))
			.orElse(AuditActor.ANONYMOUS);
	}

}
