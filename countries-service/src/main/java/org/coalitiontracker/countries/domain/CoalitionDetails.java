package org.coalitiontracker.countries.domain;

import java.util.List;

import org.coalitiontracker.kit.claims.Claim;
import org.coalitiontracker.kit.source.Source;
import org.coalitiontracker.kit.time.PartialDate;

/** The fields of a coalition that a client sets, whether on create or on update. */
public record CoalitionDetails(String name, String description, PartialDate launchedOn, List<Source> sources, List<Claim> claims) {
}
