package org.accord.sharing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the path variable that holds the person's id for a {@link PersonAccess} handler parameter, and
 * what the handler does with the record. Without it the variable is {@code id}, a GET views and any
 * other method changes.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface PersonId {

	/** The path variable. */
	String value() default "id";

	/** Empty: VIEW for GET, CHANGE otherwise. */
	Purpose[] purpose() default {};

	/** A form for changing the record: shown only to those who may change it. */
	boolean write() default false;

}
