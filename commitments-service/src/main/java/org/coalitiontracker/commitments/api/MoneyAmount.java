package org.coalitiontracker.commitments.api;

import jakarta.validation.constraints.NotNull;

import org.coalitiontracker.commitments.domain.Money;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@ValidMoney
@Schema(name = "Money", description = "An amount of money in one currency: a decimal string and an ISO 4217 code, never a floating-point number. "
        + "Amounts in different currencies are never added or converted.")
public record MoneyAmount(
        @NotNull
        @Schema(description = "The amount as a decimal string (a JSON number is refused): positive, digits and an optional point, at most 15 digits "
                + "before the point and at most the currency's minor-unit digits after it (2 for EUR, 0 for JPY). Answers carry exactly the "
                + "currency's minor-unit digits.", required = true, examples = "1500000.00")
        String amount,
        @NotNull
        @Schema(description = "ISO 4217 currency code; accepted in any case, stored and answered in upper case.", required = true, examples = "EUR")
        String currency) {

    static MoneyAmount of(Money money) {
        return money == null ? null : new MoneyAmount(money.amountText(), money.currencyCode());
    }

    Money toMoney() {
        return Money.of(amount, currency);
    }
}
