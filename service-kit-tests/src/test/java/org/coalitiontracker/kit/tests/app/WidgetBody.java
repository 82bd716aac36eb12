package org.coalitiontracker.kit.tests.app;

import jakarta.validation.constraints.NotBlank;

public record WidgetBody(@NotBlank String name) {
}
