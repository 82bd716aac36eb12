package org.coalitiontracker.commitments.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import org.coalitiontracker.commitments.domain.Money;

/**
 * An amount of money a client sent: a positive decimal string with at most the currency's
 * minor-unit digits, in an ISO 4217 currency. Each problem is reported on its own field.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ValidMoney.Validator.class)
public @interface ValidMoney {

    String message() default "is not a valid amount of money";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ValidMoney, MoneyAmount> {

        private static final Pattern DECIMAL = Pattern.compile("([0-9]+)(?:\\.([0-9]+))?");

        @Override
        public boolean isValid(MoneyAmount money, ConstraintValidatorContext context) {
            if (money == null || money.amount() == null || money.currency() == null) {
                return true; // @NotNull on the fields reports what is missing
            }
            context.disableDefaultConstraintViolation();
            Optional<Currency> currency = Money.currency(money.currency());
            boolean valid = currency.isPresent() || fail(context, "currency", "must be an ISO 4217 currency code such as EUR");
            Matcher decimal = DECIMAL.matcher(money.amount());
            if (!decimal.matches()) {
                return fail(context, "amount", "must be a decimal number in a string, digits and an optional point, such as \"1500000.00\"");
            }
            if (decimal.group(1).length() > Money.MAX_WHOLE_DIGITS) {
                return fail(context, "amount", "must have at most " + Money.MAX_WHOLE_DIGITS + " digits before the decimal point");
            }
            if (new BigDecimal(money.amount()).signum() == 0) {
                return fail(context, "amount", "must be greater than zero");
            }
            int decimals = decimal.group(2) == null ? 0 : decimal.group(2).length();
            if (currency.isPresent() && decimals > currency.get().getDefaultFractionDigits()) {
                int allowed = currency.get().getDefaultFractionDigits();
                return fail(context, "amount", "has " + decimals + " decimal places but " + currency.get().getCurrencyCode() + " allows "
                        + (allowed == 0 ? "none" : "at most " + allowed));
            }
            return valid;
        }

        /** The messages name only checked values: a message template must never carry client text. */
        private static boolean fail(ConstraintValidatorContext context, String field, String message) {
            context.buildConstraintViolationWithTemplate(message).addPropertyNode(field).addConstraintViolation();
            return false;
        }
    }
}
