package org.accord.identity.internal;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import org.accord.audit.AuditEvent;
import org.accord.audit.AuditLog;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bearer tokens for the API. Only a SHA-256 hash is stored, so a copy of the database yields no
 * usable token; lookups go to the shared database, so a token works on every node and a
 * revocation or a disabled account takes effect on the next request everywhere.
 */
@Component
class ApiTokens {

	record Issued(UUID id, String token, long expiresInSeconds) {
	}

	private final SecureRandom random = new SecureRandom();

	private final JdbcClient jdbc;

	private final UserAccounts users;

	private final SecuritySettings settings;

	private final AuditLog audit;

	ApiTokens(JdbcClient jdbc, UserAccounts users, SecuritySettings settings, AuditLog audit) {
		this.jdbc = jdbc;
		this.users = users;
		this.settings = settings;
		this.audit = audit;
	}

	/** A new token for a user who gave every factor; it is returned once, and only its hash is kept. */
	@Transactional
	Issued issue(UserAccount user) {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		UUID id = UUID.randomUUID();
		long seconds = settings.tokenLifetime().toSeconds();
		jdbc.sql("insert into api_token (id, user_id, token_hash, expires_at) values (?, ?, ?, ?)")
			.params(id, user.id(), TwoFactor.hash(token), java.sql.Timestamp.from(Instant.now().plusSeconds(seconds)))
			.update();
		audit.record(AuditLog.actor(user.principal()), AuditEvent.of("TOKEN_ISSUED", "API_TOKEN", id));
		return new Issued(id, token, seconds);
	}

	/** The active user behind a live token, or empty. */
	Optional<UserAccount> authenticate(String token) {
		if (token == null || token.length() < 20 || token.length() > 100) {
			return Optional.empty();
		}
		return jdbc.sql("""
				select user_id from api_token
				where token_hash = ? and revoked_at is null and expires_at > now()""")
			.param(TwoFactor.hash(token))
			.query(UUID.class)
			.optional()
			.flatMap(users::find)
			.filter(UserAccount::canSignIn);
	}

	/** Revokes the token, if it is still live; the revoking is audited. */
	@Transactional
	boolean revoke(String token) {
		boolean revoked = jdbc.sql("update api_token set revoked_at = now() where token_hash = ? and revoked_at is null")
			.param(TwoFactor.hash(token)).update() == 1;
		if (revoked) {
			audit.record(AuditEvent.of("TOKEN_REVOKED", "API_TOKEN", null));
		}
		return revoked;
	}

	int revokeAll(UUID userId) {
		return jdbc.sql("update api_token set revoked_at = now() where user_id = ? and revoked_at is null")
			.param(userId).update();
	}

}
