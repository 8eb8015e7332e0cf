package org.accord.identity.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param requireTwoFactor every user must enrol a second factor, whatever their agency says
 * @param maxFailedSignIns failures in a row before sign-in is locked for {@code lockout}
 * @param lockout how long a locked name stays locked
 * @param tokenLifetime how long an API token lasts
 */
@ConfigurationProperties("accord.security")
record SecuritySettings(boolean requireTwoFactor, int maxFailedSignIns, Duration lockout, Duration tokenLifetime) {
}
