package org.accord.referral;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long a service has to answer a referral, in working days of the England and Wales calendar, and when a person
 * counts as passed from pillar to post.
 *
 * @param responseWorkingDays the deadline from the day the referral is sent (default 5)
 * @param pillarToPostServices this many different services declining a person within the window flags them
 *        (default 3)
 * @param pillarToPostDays the window, in days back from now, for both pillar-to-post rules (default 90)
 */
@ConfigurationProperties("accord.referral")
public record ReferralSettings(Integer responseWorkingDays, Integer pillarToPostServices, Integer pillarToPostDays) {

	public ReferralSettings {
		responseWorkingDays = responseWorkingDays == null ? 5 : responseWorkingDays;
		pillarToPostServices = pillarToPostServices == null ? 3 : pillarToPostServices;
		pillarToPostDays = pillarToPostDays == null ? 90 : pillarToPostDays;
	}

}
