package org.coalitiontracker.countries.domain;

import java.time.LocalDate;
import java.util.List;

import org.coalitiontracker.kit.source.Source;

/** The fields of a coalition that a client sets, whether on create or on update. */
public record CoalitionDetails(String name, String description, LocalDate launchedOn, List<Source> sources) {
}
