package org.accord.referral;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long a service has to answer a referral, in working days of the England and Wales calendar.
 *
 * @param responseWorkingDays the deadline from the day the referral is sent (default 5)
 */
@ConfigurationProperties("accord.referral")
public record ReferralSettings(Integer responseWorkingDays) {

	public ReferralSettings {
		responseWorkingDays = responseWorkingDays == null ? 5 : responseWorkingDays;
	}

}
