package org.draftingdesk.presence;

import java.util.Arrays;
import org.draftingdesk.problem.Problem;

/** What someone is doing on a clause: reading it, or has its edit form open. */
public enum Activity {
    VIEWING("viewing"),
    EDITING("editing");

    private final String value;

    Activity(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }

    static Activity of(String value) {
        return Arrays.stream(values())
                .filter(a -> a.value.equals(value))
                .findFirst()
                .orElseThrow(() -> Problem.badInput("activity", "activity must be viewing or editing"));
    }
}
