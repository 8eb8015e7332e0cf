package org.accord.people;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import org.accord.platform.web.InvalidFieldException;
import org.accord.sharing.InformationCategory;

/**
 * A number another service knows the person by. Each has a category like any record: a police reference
 * reveals contact with the police, so it is seen only by those who may see criminal justice records.
 */
public record PersonIdentifier(UUID id, UUID personId, Type type, String value, InformationCategory category,
		UUID recordedByAgencyId, String recordedByAgencyName, Instant recordedAt) {

	public enum Type {

		NHS_NUMBER("NHS number", InformationCategory.CORE_PROFILE),
		POLICE_REFERENCE("Police reference", InformationCategory.CRIMINAL_JUSTICE),
		LOCAL_AUTHORITY_NUMBER("Local authority case number", null),
		OTHER("Another reference", null);

		private final String label;

		private final InformationCategory category;

		Type(String label, InformationCategory category) {
			this.label = label;
			this.category = category;
		}

		public String label() {
			return label;
		}

		/** The category it reveals; null when that is the category of the recording agency's work with the person. */
		public InformationCategory category() {
			return category;
		}

		/**
		 * The value as stored and matched: an NHS number as its ten digits, checked by the modulus 11 check
		 * digit; any other reference in capitals with single spaces.
		 * @throws InvalidFieldException naming {@code field} when it is not a valid value of this type
		 */
		public String normalise(String raw, String field) {
			String value = raw == null ? "" : raw.trim().replaceAll("\\s+", " ");
			if (this == NHS_NUMBER) {
				String digits = value.replaceAll("[ -]", "");
				if (!digits.matches("\\d{10}") || !nhsCheckDigitHolds(digits)) {
					throw new InvalidFieldException(field, "Enter a real NHS number, 10 digits like 943 476 5919");
				}
				return digits;
			}
			if (value.length() < 2 || value.length() > 50 || !value.matches("[\\p{L}\\p{N} /.\\-]+")) {
				throw new InvalidFieldException(field, "Enter the reference, 2 to 50 letters, numbers, spaces, / . or -");
			}
			return value.toUpperCase(Locale.UK);
		}

		static boolean nhsCheckDigitHolds(String digits) {
			int sum = 0;
			for (int i = 0; i < 9; i++) {
				sum += (digits.charAt(i) - '0') * (10 - i);
			}
			int check = 11 - (sum % 11);
			if (check == 11) {
				check = 0;
			}
			return check != 10 && check == digits.charAt(9) - '0';
		}

	}

	/** The value as people write it: an NHS number in groups of 3, 3 and 4. */
	public String display() {
		return type == Type.NHS_NUMBER ? value.substring(0, 3) + " " + value.substring(3, 6) + " " + value.substring(6)
				: value;
	}

}
