package org.draftingdesk.web;

import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.draftingdesk.problem.Problem;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * What the database refused, said as a problem the client can act on: a duplicate key is a real
 * conflict (409), a value it cannot take is bad input (400), a reference to what is gone is
 * unprocessable (422). The field is named in the client's words; SQL, constraint and table names,
 * and the values stay in the log.
 */
final class DatabaseRefusals {

    private static final Pattern KEY_COLUMNS = Pattern.compile("Key \\(([^)]*)\\)");

    private DatabaseRefusals() {}

    /** The problem for a data or integrity error; empty for anything else (a fault, not the client's doing). */
    static Optional<Problem> of(SQLException e) {
        String state = e.getSQLState();
        if (state == null) {
            return Optional.empty();
        }
        ServerErrorMessage server = e instanceof PSQLException p ? p.getServerErrorMessage() : null;
        String column = server == null ? null : server.getColumn();
        String keyField = server == null ? null : keyField(server.getDetail());
        return Optional.ofNullable(
                switch (state) {
                    case "23505" ->
                        keyField == null
                                ? new Problem.Conflict(
                                        "The same thing was created at the same moment or already exists; "
                                                + "reload and try again",
                                        null)
                                : Problem.conflict(
                                        keyField,
                                        keyField + ": already taken, perhaps by a change saved at the "
                                                + "same moment; reload and try again");
                    case "23503" ->
                        keyField == null
                                ? Problem.unprocessable(
                                        "The request refers to something that does not exist or was just removed")
                                : Problem.unprocessable(
                                        keyField,
                                        keyField + ": refers to something that does not exist or was "
                                                + "just removed");
                    case "23502" ->
                        column == null
                                ? Problem.badInput("A required value is missing")
                                : Problem.badInput(camel(column), camel(column) + " is required");
                    case "23514", "23P01" -> Problem.unprocessable("A value is not allowed here");
                    case "22001" -> Problem.badInput("A value is longer than allowed");
                    case "22021", "22P05" -> Problem.badInput("The text contains a character that cannot be stored");
                    case "22003" -> Problem.badInput("A number is out of range");
                    default -> state.startsWith("22") ? Problem.badInput("A value has the wrong form") : null;
                });
    }

    /** The last column of a key in a detail such as {@code Key (process_id, label)=(…) already exists}. */
    static String keyField(String detail) {
        if (detail == null) {
            return null;
        }
        Matcher m = KEY_COLUMNS.matcher(detail);
        if (!m.find()) {
            return null;
        }
        String[] columns = m.group(1).split(",");
        String last = columns[columns.length - 1].strip();
        return last.matches("[a-z_]+") ? camel(last) : null;
    }

    static String camel(String column) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : column.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }
}
