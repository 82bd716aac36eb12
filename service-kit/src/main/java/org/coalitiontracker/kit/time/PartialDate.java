package org.coalitiontracker.kit.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A date known only as precisely as its sources give it: a year ({@code 2025}), a month
 * ({@code 2025-02}) or a day ({@code 2025-02-14}), ISO 8601 reduced precision. The one rule for
 * asking whether it had happened by a day D: it counts from the last day of its period
 * ({@link #lastDay()}), the earliest day by which the sources support it, so that an answer
 * never claims more than they say. "Launched in February 2025" is not yet true on 2025-02-14.
 */
@Schema(type = SchemaType.STRING, format = "partial-date", pattern = PartialDate.PATTERN, examples = "2025-02",
        description = "A date of the precision the sources give (ISO 8601 reduced precision): a year `2025`, a month `2025-02` or a day "
                + "`2025-02-14`. For `asOf` it counts from the last day of its period (see docs/api-decisions.md, \"Two kinds of time\").")
public final class PartialDate implements Comparable<PartialDate> {

    public enum Precision { YEAR, MONTH, DAY }

    public static final String PATTERN = "[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?";
    public static final String MESSAGE = "must be a date of the precision the sources give: a year (2025), a month (2025-02) or a day "
            + "(2025-02-14), between 0001 and 9999";

    private static final Pattern SHAPE = Pattern.compile("([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?");
    /** Ordered by when the period ends, then by how precisely it is known; the text breaks no tie it leaves. */
    private static final Comparator<PartialDate> ORDER = Comparator.comparing(PartialDate::lastDay)
            .thenComparing(PartialDate::precision).thenComparing(PartialDate::firstDay);

    private final LocalDate firstDay;
    private final Precision precision;
    /** Its ISO text, made once: exports and lists write partial dates by the hundred thousand. */
    private final String text;

    private PartialDate(LocalDate firstDay, Precision precision) {
        this.firstDay = firstDay;
        this.precision = precision;
        this.text = switch (precision) {
            case YEAR -> fourDigits(firstDay.getYear());
            case MONTH -> fourDigits(firstDay.getYear()) + (firstDay.getMonthValue() < 10 ? "-0" : "-") + firstDay.getMonthValue();
            case DAY -> firstDay.toString();
        };
    }

    /** Years are 0001 to 9999 ({@link #checkYear}). */
    private static String fourDigits(int year) {
        String digits = Integer.toString(year);
        return "0000".substring(digits.length()) + digits;
    }

    public static PartialDate of(LocalDate day) {
        return new PartialDate(day, Precision.DAY);
    }

    public static PartialDate ofMonth(int year, int month) {
        return new PartialDate(YearMonth.of(checkYear(year), month).atDay(1), Precision.MONTH);
    }

    public static PartialDate ofYear(int year) {
        return new PartialDate(LocalDate.of(checkYear(year), 1, 1), Precision.YEAR);
    }

    /** Reads {@code 2025}, {@code 2025-02} or {@code 2025-02-14}; empty for anything else, such as {@code 2025-13} or {@code 2025-02-30}. */
    public static Optional<PartialDate> tryParse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher parts = SHAPE.matcher(text);
        if (!parts.matches()) {
            return Optional.empty();
        }
        try {
            int year = Integer.parseInt(parts.group(1));
            if (parts.group(2) == null) {
                return Optional.of(ofYear(year));
            }
            int month = Integer.parseInt(parts.group(2));
            if (parts.group(3) == null) {
                return Optional.of(ofMonth(year, month));
            }
            return Optional.of(of(LocalDate.of(checkYear(year), month, Integer.parseInt(parts.group(3)))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** As {@link #tryParse}, failing with {@link IllegalArgumentException} carrying {@link #MESSAGE}. */
    @JsonCreator
    public static PartialDate parse(String text) {
        return tryParse(text).orElseThrow(() -> new IllegalArgumentException("'" + text + "' " + MESSAGE));
    }

    private static int checkYear(int year) {
        if (year < 1 || year > 9999) {
            throw new DateTimeException("year " + year + " out of range");
        }
        return year;
    }

    public Precision precision() {
        return precision;
    }

    public LocalDate firstDay() {
        return firstDay;
    }

    /** The day from which the fact counts: the period's last day. */
    public LocalDate lastDay() {
        return switch (precision) {
            case DAY -> firstDay;
            case MONTH -> YearMonth.from(firstDay).atEndOfMonth();
            case YEAR -> firstDay.withDayOfYear(firstDay.lengthOfYear());
        };
    }

    /** Whether the fact counts on {@code day}: its period has ended by then. */
    public boolean countsOn(LocalDate day) {
        return !lastDay().isAfter(day);
    }

    @Override
    public int compareTo(PartialDate other) {
        return ORDER.compare(this, other);
    }

    @JsonValue
    @Override
    public String toString() {
        return text;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PartialDate date && date.firstDay.equals(firstDay) && date.precision == precision;
    }

    @Override
    public int hashCode() {
        return firstDay.hashCode() * 3 + precision.ordinal();
    }
}
