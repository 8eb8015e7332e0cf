package org.accord.identity.internal;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import org.apache.commons.codec.digest.DigestUtils;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing without handing a stranger the power to lock someone out. Failures are
 * counted in token buckets whose state is in PostgreSQL, so every node sees the same counts:
 * <ul>
 * <li>per address and name: one address guessing one account is slowed, with growing waits, while the
 * owner signing in from elsewhere is not;</li>
 * <li>per address: spraying many names from one address is slowed;</li>
 * <li>per name: only failures arriving from many addresses lock the name itself, and only briefly,
 * because each address adds to it at most once in a while.</li>
 * </ul>
 * Names that are not accounts are counted alike, so slowing tells nobody which names are real. The
 * bucket keys are hashes: what someone typed into the name field is never stored here.
 */
@Component
class SignInThrottle {

	enum Kind {

		ADDRESS_AND_NAME, ADDRESS, NAME, SECOND_FACTOR

	}

	/** Why an attempt is refused before any password is checked, and for how long. */
	record Slowed(Kind kind, Duration waitFor) {

		long retryAfterSeconds() {
			return Math.max(1, (waitFor.toMillis() + 999) / 1000);
		}

	}

	private static final int PAIR_CAPACITY = 5;

	private static final BucketConfiguration PAIR = BucketConfiguration.builder()
		.addLimit(l -> l.capacity(PAIR_CAPACITY).refillGreedy(PAIR_CAPACITY, Duration.ofMinutes(5)))
		.addLimit(l -> l.capacity(10).refillGreedy(10, Duration.ofHours(1)))
		.addLimit(l -> l.capacity(20).refillGreedy(20, Duration.ofDays(1)))
		.build();

	private static final BucketConfiguration ADDRESS = BucketConfiguration.builder()
		.addLimit(l -> l.capacity(20).refillGreedy(20, Duration.ofMinutes(10)))
		.addLimit(l -> l.capacity(60).refillGreedy(60, Duration.ofHours(6)))
		.build();

	private static final BucketConfiguration NAME = BucketConfiguration.builder()
		.addLimit(l -> l.capacity(10).refillGreedy(10, Duration.ofMinutes(15)))
		.build();

	private static final BucketConfiguration SECOND_FACTOR = BucketConfiguration.builder()
		.addLimit(l -> l.capacity(5).refillGreedy(5, Duration.ofMinutes(15)))
		.addLimit(l -> l.capacity(10).refillGreedy(10, Duration.ofDays(1)))
		.build();

	private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

	private final SignInLockouts lockouts;

	SignInThrottle(PostgreSQLSelectForUpdateBasedProxyManager<String> signInBuckets, SignInLockouts lockouts) {
		this.buckets = signInBuckets;
		this.lockouts = lockouts;
	}

	/** Whether this attempt must wait, checked before the password so a slowed guess learns nothing. */
	Optional<Slowed> slowed(String name, String address) {
		return mustWait(Kind.ADDRESS_AND_NAME, pair(name, address), PAIR)
			.or(() -> mustWait(Kind.ADDRESS, "address:" + hash(address(address)), ADDRESS))
			.or(() -> mustWait(Kind.NAME, "name:" + hash(normalise(name)), NAME));
	}

	void failed(String name, String address) {
		Bucket pair = buckets.getProxy(pair(name, address), () -> PAIR);
		boolean firstFromThisAddress = pair.getAvailableTokens() >= PAIR_CAPACITY;
		consume(Kind.ADDRESS_AND_NAME, pair(name, address), PAIR, name, address);
		consume(Kind.ADDRESS, "address:" + hash(address(address)), ADDRESS, null, address);
		if (firstFromThisAddress) {
			consume(Kind.NAME, "name:" + hash(normalise(name)), NAME, name, null);
		}
	}

	/** The owner got in: their own mistakes from here are forgiven, but not the address's or the name's. */
	void succeeded(String name, String address) {
		buckets.removeProxy(pair(name, address));
	}

	Optional<Slowed> secondFactorSlowed(UUID user) {
		return mustWait(Kind.SECOND_FACTOR, "code:" + user, SECOND_FACTOR);
	}

	void secondFactorFailed(UUID user, String name) {
		consume(Kind.SECOND_FACTOR, "code:" + user, SECOND_FACTOR, name, null);
	}

	void secondFactorSucceeded(UUID user) {
		buckets.removeProxy("code:" + user);
	}

	@Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT1M")
	void removeExpired() {
		while (buckets.removeExpired(1000) == 1000) {
			// more to remove
		}
	}

	private Optional<Slowed> mustWait(Kind kind, String key, BucketConfiguration configuration) {
		var probe = buckets.getProxy(key, () -> configuration).estimateAbilityToConsume(1);
		return probe.canBeConsumed() ? Optional.empty()
				: Optional.of(new Slowed(kind, Duration.ofNanos(probe.getNanosToWaitForRefill())));
	}

	private void consume(Kind kind, String key, BucketConfiguration configuration, String name, String address) {
		Bucket bucket = buckets.getProxy(key, () -> configuration);
		var probe = bucket.tryConsumeAndReturnRemaining(1);
		if (probe.isConsumed() && probe.getRemainingTokens() == 0) {
			long nanos = bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill();
			lockouts.started(kind, key, name == null ? null : normalise(name), address, Duration.ofNanos(nanos));
		}
	}

	private static String pair(String name, String address) {
		return "pair:" + hash(address(address) + "|" + normalise(name));
	}

	static String normalise(String name) {
		String n = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
		return n.length() > 254 ? n.substring(0, 254) : n;
	}

	private static String address(String address) {
		return address == null ? "unknown" : address;
	}

	private static String hash(String value) {
		return DigestUtils.sha256Hex(value);
	}

}
