package org.partnernetwork.support.privacy;

import java.util.Locale;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Refuses a text {@link PersonalDetails} finds something in, with the sentence for what
 * it found.
 */
public class NoPersonalDetailsValidator implements ConstraintValidator<NoPersonalDetails, CharSequence> {

	@Override
	public boolean isValid(CharSequence text, ConstraintValidatorContext context) {
		return PersonalDetails.find(text).map(kind -> {
			context.disableDefaultConstraintViolation();
			context
				.buildConstraintViolationWithTemplate("{org.partnernetwork.support.privacy.NoPersonalDetails."
						+ kind.name().toLowerCase(Locale.ROOT) + "}")
				.addConstraintViolation();
			return false;
		}).orElse(true);
	}

}
