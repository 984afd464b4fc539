package org.partnernetwork.support.privacy;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A free text about a child that must not hold a phone number, an e-mail address or a
 * name label ({@link PersonalDetails}). Refused with a sentence saying what it looks
 * like, in English or Khmer ({@code ContributorValidationMessages}); the text is never
 * repeated.
 */
@Documented
@Constraint(validatedBy = NoPersonalDetailsValidator.class)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT,
		ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface NoPersonalDetails {

	String message() default "{org.partnernetwork.support.privacy.NoPersonalDetails.message}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
