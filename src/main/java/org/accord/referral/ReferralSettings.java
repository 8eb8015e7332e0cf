package org.accord.referral;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long a service has to answer a referral, in working days of the England and Wales calendar, how often the
 * deadlines are checked for nudges and breaches, and when a person counts as passed from pillar to post.
 *
 * @param responseWorkingDays the deadline from the day the referral is sent (default 5)
 * @param deadlineCheckInterval the pause between two runs of {@link ReferralDeadlines} on the cluster (default 15
 *        minutes): a nudge or an escalation is at most this late
 * @param pillarToPostServices this many different services declining a person within the window flags them
 *        (default 3)
 * @param pillarToPostDays the window, in days back from now, for both pillar-to-post rules (default 90)
 */
@ConfigurationProperties("accord.referral")
public record ReferralSettings(Integer responseWorkingDays, Duration deadlineCheckInterval,
		Integer pillarToPostServices, Integer pillarToPostDays) {

	public ReferralSettings {
		responseWorkingDays = responseWorkingDays == null ? 5 : responseWorkingDays;
		deadlineCheckInterval = deadlineCheckInterval == null ? Duration.ofMinutes(15) : deadlineCheckInterval;
		pillarToPostServices = pillarToPostServices == null ? 3 : pillarToPostServices;
		pillarToPostDays = pillarToPostDays == null ? 90 : pillarToPostDays;
	}

}
