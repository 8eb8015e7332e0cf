package org.accord.platform.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** A date of birth: from 1 January 1900 to today, by the platform's clock. */
@Documented
@Constraint(validatedBy = BirthDate.Check.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface BirthDate {

	String message() default "must be a date of birth between 1900 and today";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Check implements ConstraintValidator<BirthDate, LocalDate> {

		private final Clock clock;

		Check(Clock clock) {
			this.clock = clock;
		}

		@Override
		public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
			return value == null || (!value.isBefore(PlausibleDate.Check.EARLIEST) && !value.isAfter(LocalDate.now(clock)));
		}

	}

}
