package org.urbansdg.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A language field of a form: one of the tags {@link Locales} offers, as the form's select ({@code shared/form ::
 * language}) lists them. Empty is left to {@code @NotBlank}.
 */
@Documented
@Constraint(validatedBy = OfferedLanguage.Check.class)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER })
@Retention(RetentionPolicy.RUNTIME)
public @interface OfferedLanguage {

	String message() default "{OfferedLanguage}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Made by Spring's validator factory, which passes it the offered languages. */
	class Check implements ConstraintValidator<OfferedLanguage, String> {

		private final Locales locales;

		Check(Locales locales) {
			this.locales = locales;
		}

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return value == null || value.isBlank() || locales.offers(value);
		}
	}
}
