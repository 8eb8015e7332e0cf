package org.accord.people;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param appointmentsPerWeek more appointments than this in one week are flagged as too many for one
 * person (000:71-89)
 * @param zone where appointments are kept in local time: weeks start on Monday there
 */
@ConfigurationProperties("accord.people")
public record PeopleSettings(@DefaultValue("5") int appointmentsPerWeek, @DefaultValue("Europe/London") ZoneId zone) {
}
