package org.accord.identity.internal;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locks a user name after repeated failures, in the shared database so every node agrees. It counts
 * names that do not exist too, so a lockout tells an attacker nothing about which accounts are real.
 */
@Component
class SignInThrottle {

	private final JdbcClient jdbc;

	private final SecuritySettings settings;

	SignInThrottle(JdbcClient jdbc, SecuritySettings settings) {
		this.jdbc = jdbc;
		this.settings = settings;
	}

	Optional<Instant> lockedUntil(String key) {
		return jdbc.sql("select locked_until from sign_in_throttle where username_key = ? and locked_until > now()")
			.param(normalise(key))
			.query(Instant.class)
			.optional();
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void failed(String key) {
		jdbc.sql("""
				insert into sign_in_throttle as t (username_key, failures, last_failure_at, locked_until)
				values (:key, 1, now(), case when :max <= 1 then now() + make_interval(secs => :lockout) end)
				on conflict (username_key) do update set
				  failures = case when t.last_failure_at < now() - make_interval(secs => :lockout) then 1 else t.failures + 1 end,
				  last_failure_at = now(),
				  locked_until = case
				    when (case when t.last_failure_at < now() - make_interval(secs => :lockout) then 1 else t.failures + 1 end) >= :max
				    then now() + make_interval(secs => :lockout) else t.locked_until end""")
			.param("key", normalise(key))
			.param("max", settings.maxFailedSignIns())
			.param("lockout", (double) settings.lockout().toSeconds())
			.update();
	}

	void succeeded(String key) {
		jdbc.sql("delete from sign_in_throttle where username_key = ?").param(normalise(key)).update();
	}

	private static String normalise(String key) {
		String k = key == null ? "" : key.trim().toLowerCase(Locale.ROOT);
		return k.length() > 254 ? k.substring(0, 254) : k;
	}

}
