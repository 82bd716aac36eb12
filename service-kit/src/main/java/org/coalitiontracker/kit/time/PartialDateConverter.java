package org.coalitiontracker.kit.time;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores a {@link PartialDate} as its ISO text, so that a column says exactly what the sources
 * said. Queries by day use the kit's SQL function {@code partial_date_last_day(text)}
 * (db/change-events), in a generated column or an index, so that the rule lives in one place.
 */
@Converter(autoApply = true)
public class PartialDateConverter implements AttributeConverter<PartialDate, String> {

    @Override
    public String convertToDatabaseColumn(PartialDate date) {
        return date == null ? null : date.toString();
    }

    @Override
    public PartialDate convertToEntityAttribute(String text) {
        return text == null ? null : PartialDate.parse(text);
    }
}
