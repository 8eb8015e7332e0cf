package org.accord.referral;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long a service has to answer a referral, in working days of the England and Wales calendar, and how often
 * the deadlines are checked for nudges and breaches.
 *
 * @param responseWorkingDays the deadline from the day the referral is sent (default 5)
 * @param deadlineCheckInterval the pause between two runs of {@link ReferralDeadlines} on the cluster (default 15
 *        minutes): a nudge or an escalation is at most this late
 */
@ConfigurationProperties("accord.referral")
public record ReferralSettings(Integer responseWorkingDays, Duration deadlineCheckInterval) {

	public ReferralSettings {
		responseWorkingDays = responseWorkingDays == null ? 5 : responseWorkingDays;
		deadlineCheckInterval = deadlineCheckInterval == null ? Duration.ofMinutes(15) : deadlineCheckInterval;
	}

}
