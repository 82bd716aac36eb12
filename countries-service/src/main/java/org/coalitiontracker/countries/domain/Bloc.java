package org.coalitiontracker.countries.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An organisation whose membership is data about a country; organisations are not countries. */
@Schema(description = "An organisation a country belongs to: `EU` (European Union), `NATO`.")
public enum Bloc {
    EU,
    NATO
}
