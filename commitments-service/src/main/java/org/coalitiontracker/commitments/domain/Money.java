package org.coalitiontracker.commitments.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An amount of money in one currency, exact to the currency's minor unit. Amounts in different
 * currencies are never added or converted.
 */
public record Money(BigDecimal amount, Currency currency) {

    private static final Pattern CURRENCY_CODE = Pattern.compile("[A-Za-z]{3}");

    /** What the {@code numeric(19, 4)} column holds before the decimal point. */
    public static final int MAX_WHOLE_DIGITS = 15;

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        if (amount.signum() <= 0 || currency.getDefaultFractionDigits() < 0) {
            throw new IllegalArgumentException("Not an amount of money: " + amount + " " + currency);
        }
        amount = amount.setScale(currency.getDefaultFractionDigits(), RoundingMode.UNNECESSARY);
    }

    public static Money of(String amount, String currencyCode) {
        return new Money(new BigDecimal(amount), currency(currencyCode).orElseThrow());
    }

    /**
     * The ISO 4217 currency with this code, in any case. Codes without a minor unit (gold, SDR,
     * test and "no currency" codes) are not money that can be pledged and count as unknown.
     */
    public static Optional<Currency> currency(String code) {
        if (code == null || !CURRENCY_CODE.matcher(code).matches()) {
            return Optional.empty();
        }
        try {
            Currency currency = Currency.getInstance(code.toUpperCase(Locale.ROOT));
            return currency.getDefaultFractionDigits() < 0 ? Optional.empty() : Optional.of(currency);
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    /** The amount as a decimal string with exactly the currency's minor-unit digits, such as {@code 1500000.00}. */
    public String amountText() {
        return amount.toPlainString();
    }

    public String currencyCode() {
        return currency.getCurrencyCode();
    }
}
