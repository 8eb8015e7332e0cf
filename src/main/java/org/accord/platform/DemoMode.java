package org.accord.platform;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Demo data is loaded by default when Accord runs its own embedded database, and against an
 * external server only when {@code accord.demo=true} says so.
 */
@Component
public class DemoMode {

	private final boolean enabled;

	DemoMode(Environment env) {
		boolean embedded = env.getProperty("spring.datasource.url", "").isBlank();
		this.enabled = env.getProperty("accord.demo", Boolean.class, embedded);
	}

	public boolean enabled() {
		return enabled;
	}

}
