package org.accord.platform.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A date a record about a person can sensibly carry: from 1900 to the end of 2200. A date beyond that is a
 * typing slip or an attack, and PostgreSQL could not store the far end of Java's range anyway.
 */
@Documented
@Constraint(validatedBy = PlausibleDate.Check.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface PlausibleDate {

	String message() default "must be a date between 1900 and 2200";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Check implements ConstraintValidator<PlausibleDate, LocalDate> {

		static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

		static final LocalDate LATEST = LocalDate.of(2200, 12, 31);

		static boolean plausible(LocalDate date) {
			return !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
		}

		@Override
		public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
			return value == null || plausible(value);
		}

	}

}
