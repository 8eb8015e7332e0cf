package org.accord.identity.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param requireTwoFactor every user must enrol a second factor, whatever their agency says
 * @param tokenLifetime how long an API token lasts
 */
@ConfigurationProperties("accord.security")
record SecuritySettings(boolean requireTwoFactor, Duration tokenLifetime) {
}
