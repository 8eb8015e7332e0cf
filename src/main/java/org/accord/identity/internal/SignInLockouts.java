package org.accord.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import org.accord.audit.AuditActor;
import org.accord.audit.AuditEvent;
import org.accord.audit.AuditLog;
import org.accord.platform.security.AccordPrincipal;
import org.accord.platform.web.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each time sign-in is slowed: a row the administrators see and may release, and an audit row. Only
 * the name of a real account is kept, so a password typed into the name field never reaches them.
 */
@Component
class SignInLockouts {

	record Lockout(UUID id, SignInThrottle.Kind kind, String username, String address, Instant startedAt,
			Instant until, Instant releasedAt, String releasedBy) {

		private static final java.time.format.DateTimeFormatter WHEN = java.time.format.DateTimeFormatter
			.ofPattern("d MMM yyyy HH:mm", java.util.Locale.UK)
			.withZone(java.time.ZoneId.of("Europe/London"));

		public boolean activeAt(Instant now) {
			return releasedAt == null && until.isAfter(now);
		}

		public String what() {
			return describe(kind);
		}

		public String started() {
			return WHEN.format(startedAt);
		}

		public String ends() {
			return WHEN.format(releasedAt == null ? until : releasedAt);
		}

	}

	private final JdbcClient jdbc;

	private final UserAccounts users;

	private final AuditLog audit;

	private final Clock clock;

	private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

	SignInLockouts(JdbcClient jdbc, UserAccounts users, AuditLog audit, Clock clock,
			PostgreSQLSelectForUpdateBasedProxyManager<String> signInBuckets) {
		this.buckets = signInBuckets;
		this.jdbc = jdbc;
		this.users = users;
		this.audit = audit;
		this.clock = clock;
	}

	/** Kept even when the sign-in that caused it is rolled back: an attack leaves its trace. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void started(SignInThrottle.Kind kind, String bucketId, String name, String address, Duration wait) {
		var account = name == null ? java.util.Optional.<UserAccount>empty() : users.findByUsername(name);
		UUID id = UUID.randomUUID();
		Instant now = clock.instant();
		jdbc.sql("""
				insert into sign_in_lockout (id, bucket_id, kind, username_key, address, started_at, until)
				values (:id, :bucket, :kind, :name, :address, :now, :until)""")
			.param("id", id)
			.param("bucket", bucketId)
			.param("kind", kind.name())
			.param("name", account.map(UserAccount::username).orElse(null))
			.param("address", address == null || address.length() > 64 ? null : address)
			.param("now", java.sql.Timestamp.from(now))
			.param("until", java.sql.Timestamp.from(now.plus(wait)))
			.update();
		AuditActor actor = account.map(u -> new AuditActor(u.id(), u.username(), u.agencyId(), u.agencyName(), null))
			.orElse(AuditActor.ANONYMOUS);
		audit.record(actor, AuditEvent.of("SIGN_IN_SLOWED", "SIGN_IN_LOCKOUT", id).denied()
			.detail(describe(kind) + " for " + Math.max(1, wait.toSeconds()) + "s"));
	}

	List<Lockout> recent() {
		return jdbc.sql("""
				select l.id, l.kind, l.username_key, l.address, l.started_at, l.until, l.released_at,
				       u.display_name as released_by
				from sign_in_lockout l left join app_user u on u.id = l.released_by
				where l.until > :since order by l.started_at desc limit 200""")
			.param("since", java.sql.Timestamp.from(clock.instant().minus(Duration.ofDays(30))))
			.query(SignInLockouts::lockout)
			.list();
	}

	/** Lifts a slowing at once, for someone the administrator has spoken to. */
	@Transactional
	Lockout release(UUID id, AccordPrincipal admin) {
		var row = jdbc.sql("select bucket_id, released_at, until from sign_in_lockout where id = ? for update")
			.param(id)
			.query((rs, n) -> new Object[] { rs.getString("bucket_id"), rs.getTimestamp("released_at"),
					rs.getTimestamp("until").toInstant() })
			.optional()
			.orElseThrow(() -> new NotFoundException("No such slowing of sign-in"));
		Instant now = clock.instant();
		if (row[1] == null && ((Instant) row[2]).isAfter(now)) {
			buckets.removeProxy((String) row[0]);
			jdbc.sql("update sign_in_lockout set released_at = ?, released_by = ? where bucket_id = ? and released_at is null")
				.params(java.sql.Timestamp.from(now), admin.userId(), row[0])
				.update();
			audit.record(AuditLog.actor(admin), AuditEvent.of("SIGN_IN_RELEASED", "SIGN_IN_LOCKOUT", id));
		}
		return recent().stream().filter(l -> l.id().equals(id)).findFirst().orElseThrow();
	}

	static String describe(SignInThrottle.Kind kind) {
		return switch (kind) {
			case ADDRESS_AND_NAME -> "Repeated wrong passwords for one name from one address";
			case ADDRESS -> "Wrong passwords for many names from one address";
			case NAME -> "Wrong passwords for one name from many addresses";
			case SECOND_FACTOR -> "Repeated wrong second-factor codes";
		};
	}

	private static Lockout lockout(ResultSet rs, int row) throws SQLException {
		var released = rs.getTimestamp("released_at");
		return new Lockout(rs.getObject("id", UUID.class), SignInThrottle.Kind.valueOf(rs.getString("kind")),
				rs.getString("username_key"), rs.getString("address"), rs.getTimestamp("started_at").toInstant(),
				rs.getTimestamp("until").toInstant(), released == null ? null : released.toInstant(),
				rs.getString("released_by"));
	}

}
