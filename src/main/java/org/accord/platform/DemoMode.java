package org.accord.platform;

import java.util.function.BooleanSupplier;

import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo data is loaded by default when Accord runs its own embedded database, and against an
 * external server only when {@code accord.demo=true} says so.
 */
@Component
public class DemoMode {

	private final boolean enabled;

	private final JdbcClient jdbc;

	private final TransactionTemplate tx;

	DemoMode(Environment env, JdbcClient jdbc, TransactionTemplate tx) {
		boolean embedded = env.getProperty("spring.datasource.url", "").isBlank();
		this.enabled = env.getProperty("accord.demo", Boolean.class, embedded);
		this.jdbc = jdbc;
		this.tx = tx;
	}

	public boolean enabled() {
		return enabled;
	}

	/**
	 * Runs {@code create} in one transaction if demo data is wanted and {@code needed} still holds once a
	 * database lock is taken, so two nodes starting together never create the data twice.
	 *
	 * @param lock a number unique to the caller, naming its advisory lock
	 * @return whether it created anything
	 */
	public boolean createOnce(long lock, BooleanSupplier needed, Runnable create) {
		if (!enabled) {
			return false;
		}
		return Boolean.TRUE.equals(tx.execute(status -> {
			jdbc.sql("select pg_advisory_xact_lock(?)").param(lock).query(Object.class).single();
			if (!needed.getAsBoolean()) {
				return false;
			}
			create.run();
			return true;
		}));
	}

}
