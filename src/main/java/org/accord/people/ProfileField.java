package org.accord.people;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.accord.sharing.InformationCategory;

/**
 * Every field of the shared profile, filled once and reused by every agency. Each belongs to one
 * information category, which decides who sees it. The first five live on the person row itself.
 */
public enum ProfileField {

	GIVEN_NAME("givenName", "First name", InformationCategory.CORE_PROFILE, Kind.TEXT),
	FAMILY_NAME("familyName", "Last name", InformationCategory.CORE_PROFILE, Kind.TEXT),
	DATE_OF_BIRTH("dateOfBirth", "Date of birth", InformationCategory.CORE_PROFILE, Kind.TEXT),
	GENDER("gender", "Gender", InformationCategory.CORE_PROFILE, Kind.TEXT),
	POSTCODE("postcode", "Postcode", InformationCategory.CONTACT, Kind.TEXT),

	ALIASES("aliases", "Other names and aliases", InformationCategory.CORE_PROFILE, Kind.TEXT),
	PRONOUNS("pronouns", "Pronouns", InformationCategory.CORE_PROFILE, Kind.TEXT),
	MAIN_LANGUAGE("mainLanguage", "Main language", InformationCategory.CORE_PROFILE, Kind.TEXT),
	INTERPRETER_NEEDED("interpreterNeeded", "Needs an interpreter", InformationCategory.CORE_PROFILE, Kind.YES_NO),
	DISABILITY("disability", "Disability", InformationCategory.CORE_PROFILE, Kind.TEXT),
	COMMUNICATION_NEEDS("communicationNeeds", "Communication needs", InformationCategory.CORE_PROFILE, Kind.TEXT),
	GP_PRACTICE("gpPractice", "GP practice", InformationCategory.CORE_PROFILE, Kind.TEXT),
	ETHNICITY("ethnicity", "Ethnic group", InformationCategory.CORE_PROFILE, Kind.CHOICE,
			"Asian or Asian British", "Black, Black British, Caribbean or African", "Mixed or multiple ethnic groups",
			"White", "Other ethnic group", "Prefer not to say"),
	SEXUAL_ORIENTATION("sexualOrientation", "Sexual orientation", InformationCategory.CORE_PROFILE, Kind.CHOICE,
			"Straight or heterosexual", "Gay or lesbian", "Bisexual", "Other sexual orientation", "Prefer not to say"),
	RELIGION("religion", "Religion or belief", InformationCategory.CORE_PROFILE, Kind.CHOICE,
			"No religion", "Buddhist", "Christian", "Hindu", "Jewish", "Muslim", "Sikh", "Any other religion",
			"Prefer not to say"),

	PHONE("phone", "Phone", InformationCategory.CONTACT, Kind.TEXT),
	EMAIL("email", "Email", InformationCategory.CONTACT, Kind.TEXT),
	SAFE_TO_PHONE("safeToPhone", "Safe to phone", InformationCategory.CONTACT, Kind.YES_NO),
	SAFE_TO_TEXT("safeToText", "Safe to text", InformationCategory.CONTACT, Kind.YES_NO),
	SAFE_TO_WRITE("safeToWrite", "Safe to send letters", InformationCategory.CONTACT, Kind.YES_NO),
	SAFE_TO_EMAIL("safeToEmail", "Safe to email", InformationCategory.CONTACT, Kind.YES_NO),
	SAFE_TO_VISIT("safeToVisit", "Safe to visit", InformationCategory.CONTACT, Kind.YES_NO),
	SAFE_TIMES("safeTimes", "Safe times to make contact", InformationCategory.CONTACT, Kind.TEXT),
	CODE_WORD("codeWord", "Code word", InformationCategory.CONTACT, Kind.TEXT),
	ALTERNATIVE_CONTACT("alternativeContact", "Safe alternative contact", InformationCategory.CONTACT, Kind.TEXT);

	/** How a value is entered and checked. */
	public enum Kind {
		TEXT, YES_NO, CHOICE
	}

	private final String key;

	private final String label;

	private final InformationCategory category;

	private final Kind kind;

	private final List<String> options;

	ProfileField(String key, String label, InformationCategory category, Kind kind, String... options) {
		this.key = key;
		this.label = label;
		this.category = category;
		this.kind = kind;
		this.options = kind == Kind.YES_NO ? List.of("Yes", "No") : List.of(options);
	}

	/** The name of the field in the API and in forms. */
	public String key() {
		return key;
	}

	public String label() {
		return label;
	}

	public InformationCategory category() {
		return category;
	}

	public Kind kind() {
		return kind;
	}

	public List<String> options() {
		return options;
	}

	/** Held on the person row rather than as a profile value. */
	public boolean onPersonRow() {
		return ordinal() <= POSTCODE.ordinal();
	}

	public boolean safeContact() {
		return category == InformationCategory.CONTACT && !onPersonRow();
	}

	public int maxLength() {
		return switch (this) {
			case ALIASES, DISABILITY, COMMUNICATION_NEEDS, ALTERNATIVE_CONTACT -> 500;
			case PHONE -> 30;
			case EMAIL, SAFE_TIMES, GP_PRACTICE -> 200;
			default -> 100;
		};
	}

	public static List<ProfileField> extended() {
		return List.of(values()).subList(ALIASES.ordinal(), values().length);
	}

	public static Optional<ProfileField> byKey(String key) {
		for (ProfileField field : values()) {
			if (field.key.equals(key)) {
				return Optional.of(field);
			}
		}
		return Optional.empty();
	}

	/**
	 * Why the value is not acceptable, or empty when it is; a blank value clears the field. Options
	 * match whatever the case, so "yes" is taken as "Yes".
	 */
	public Optional<String> problemWith(String value) {
		if (value == null || value.isBlank()) {
			return Optional.empty();
		}
		if (value.trim().length() > maxLength()) {
			return Optional.of(label + " must be " + maxLength() + " characters or fewer");
		}
		if (kind != Kind.TEXT && canonical(value) == null) {
			return Optional.of(label + " must be one of: " + String.join("; ", options));
		}
		if (this == EMAIL && !value.trim().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
			return Optional.of("Enter an email address in the correct format, like name@example.com");
		}
		if (this == PHONE && !value.trim().matches("\\+?[0-9 ()\\-]{6,30}")) {
			return Optional.of("Enter a phone number, like 07700 900 982");
		}
		return Optional.empty();
	}

	/** The stored form of an acceptable value: trimmed, with an option spelt as listed; null clears it. */
	public String canonical(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		if (kind == Kind.TEXT) {
			return value.trim();
		}
		String wanted = value.trim().toLowerCase(Locale.ROOT);
		return options.stream().filter(o -> o.toLowerCase(Locale.ROOT).equals(wanted)).findFirst().orElse(null);
	}

}
