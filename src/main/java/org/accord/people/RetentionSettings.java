package org.accord.people;

import java.time.Period;
import java.util.EnumMap;
import java.util.Map;

import org.accord.sharing.InformationCategory;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long records of each category are kept once no agency works with the person any more, counted from
 * the end of the last involvement ({@code accord.retention.periods.RISK=P6Y} and so on), and when the
 * deletion run happens.
 */
@ConfigurationProperties("accord.retention")
public record RetentionSettings(Map<InformationCategory, Period> periods, @DefaultValue("0 30 2 * * *") String cron) {

	private static final Map<InformationCategory, Period> DEFAULTS = Map.of(
			InformationCategory.CORE_PROFILE, Period.ofYears(6), InformationCategory.CONTACT, Period.ofYears(1),
			InformationCategory.RISK, Period.ofYears(6), InformationCategory.MENTAL_HEALTH, Period.ofYears(8),
			InformationCategory.SEXUAL_HEALTH, Period.ofYears(8), InformationCategory.SUBSTANCE_USE, Period.ofYears(6),
			InformationCategory.CRIMINAL_JUSTICE, Period.ofYears(6), InformationCategory.CHILDREN, Period.ofYears(25),
			InformationCategory.HOUSING, Period.ofYears(6), InformationCategory.CONFIDENTIAL_LOCATION, Period.ofMonths(3));

	public RetentionSettings {
		Map<InformationCategory, Period> all = new EnumMap<>(DEFAULTS);
		if (periods != null) {
			all.putAll(periods);
		}
		periods = Map.copyOf(all);
	}

	public Period periodOf(InformationCategory category) {
		return periods.get(category);
	}

}
