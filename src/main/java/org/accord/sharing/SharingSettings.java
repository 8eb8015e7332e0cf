package org.accord.sharing;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param shareWithoutConsentFor how long an approved decision to share without consent lasts before it must be reviewed
 * @param unusualRefusals more refused looks at people than this in a week flags a user on the governance page
 * @param unusualPeople more different people opened than this in a week flags a user on the governance page
 * @param unusualJoins more people joined than this in a week flags a user on the governance page
 */
@ConfigurationProperties("accord.sharing")
public record SharingSettings(@DefaultValue("P90D") Period shareWithoutConsentFor,
		@DefaultValue("5") int unusualRefusals, @DefaultValue("30") int unusualPeople, @DefaultValue("10") int unusualJoins) {
}
