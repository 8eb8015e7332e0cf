package org.accord.sharing;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param shareWithoutConsentFor how long an approved decision to share without consent lasts before it must be reviewed */
@ConfigurationProperties("accord.sharing")
public record SharingSettings(@DefaultValue("P90D") Period shareWithoutConsentFor) {
}
