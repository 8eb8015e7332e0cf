package org.accord.identity.internal;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

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

	ApiTokens(JdbcClient jdbc, UserAccounts users, SecuritySettings settings) {
		this.jdbc = jdbc;
		this.users = users;
		this.settings = settings;
	}

	Issued issue(UUID userId) {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		UUID id = UUID.randomUUID();
		long seconds = settings.tokenLifetime().toSeconds();
		jdbc.sql("insert into api_token (id, user_id, token_hash, expires_at) values (?, ?, ?, ?)")
			.params(id, userId, TwoFactor.hash(token), java.sql.Timestamp.from(Instant.now().plusSeconds(seconds)))
			.update();
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

	boolean revoke(String token) {
		return jdbc.sql("update api_token set revoked_at = now() where token_hash = ? and revoked_at is null")
			.param(TwoFactor.hash(token)).update() == 1;
	}

	int revokeAll(UUID userId) {
		return jdbc.sql("update api_token set revoked_at = now() where user_id = ? and revoked_at is null")
			.param(userId).update();
	}

}
