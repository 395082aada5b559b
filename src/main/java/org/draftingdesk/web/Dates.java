package org.draftingdesk.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.draftingdesk.problem.Problem;

/** Dates as clients send them in query parameters and forms: YYYY-MM-DD, or nothing. */
public final class Dates {

    private Dates() {}

    public static LocalDate parse(String date) {
        if (date == null || date.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(date.strip());
        } catch (DateTimeParseException e) {
            throw Problem.badInput("date", "date must be a date written YYYY-MM-DD, not '" + date + "'");
        }
    }
}
