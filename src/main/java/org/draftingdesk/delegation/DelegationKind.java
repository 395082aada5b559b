package org.draftingdesk.delegation;

import java.util.Arrays;
import org.draftingdesk.problem.Problem;

/** Who a delegation is: a Member State, a non-member observer State, or a group negotiating as one. */
public enum DelegationKind {
    MEMBER_STATE("member-state", "Member State"),
    OBSERVER("observer", "Observer State"),
    GROUP("group", "Negotiating group");

    private final String value;
    private final String label;

    DelegationKind(String value, String label) {
        this.value = value;
        this.label = label;
    }

    public String value() {
        return value;
    }

    public String label() {
        return label;
    }

    public static DelegationKind of(String value) {
        return Arrays.stream(values())
                .filter(k -> k.value.equals(value))
                .findFirst()
                .orElseThrow(() -> Problem.badInput("kind", "kind must be member-state, observer or group"));
    }
}
