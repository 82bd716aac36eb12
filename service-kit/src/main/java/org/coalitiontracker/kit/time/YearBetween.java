package org.coalitiontracker.kit.time;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A date or instant whose year (in UTC; a partial date's first day) lies in {@code min..max}.
 * A service's plausibility rule for its dates, as a constraint rather than a check in its
 * service code, so that Bean Validation applies the one rule to the field and to every value a
 * claim gives for it (docs/api-decisions.md, "Claims"). Null is valid: whether a date is required
 * is a rule of its own.
 */
@Documented
@Constraint(validatedBy = YearBetween.Validator.class)
@Target({ FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE })
@Retention(RUNTIME)
public @interface YearBetween {

    int min();

    int max();

    String message() default "must be between {min} and {max}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks {@link PartialDate}, {@link LocalDate}, {@link OffsetDateTime} and {@link Instant}. */
    class Validator implements ConstraintValidator<YearBetween, Object> {

        private int min;
        private int max;

        @Override
        public void initialize(YearBetween bounds) {
            min = bounds.min();
            max = bounds.max();
        }

        @Override
        public boolean isValid(Object value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            int year;
            if (value instanceof PartialDate partial) {
                year = partial.firstDay().getYear();
            } else if (value instanceof LocalDate date) {
                year = date.getYear();
            } else if (value instanceof OffsetDateTime instant) {
                year = instant.withOffsetSameInstant(ZoneOffset.UTC).getYear();
            } else if (value instanceof Instant instant) {
                year = instant.atOffset(ZoneOffset.UTC).getYear();
            } else {
                throw new IllegalArgumentException("@YearBetween does not apply to " + value.getClass().getName());
            }
            return year >= min && year <= max;
        }
    }
}
