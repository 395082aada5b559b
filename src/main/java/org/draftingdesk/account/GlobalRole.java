package org.draftingdesk.account;

import java.util.Arrays;
import java.util.Set;

/**
 * A user's role across all processes. Per-process roles (co-facilitator, delegate, observer)
 * come on top of this.
 */
public enum GlobalRole {
    ADMIN("admin"),
    SECRETARIAT("secretariat"),
    USER("user");

    /** Role names as seen by the security layer. */
    public static final String ADMIN_ROLE = "admin";

    public static final String SECRETARIAT_ROLE = "secretariat";
    public static final String USER_ROLE = "user";

    private final String value;

    GlobalRole(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }

    /** The security roles a user with this global role holds: every user is a {@code user}. */
    public Set<String> securityRoles() {
        return switch (this) {
            case ADMIN -> Set.of(ADMIN_ROLE, SECRETARIAT_ROLE, USER_ROLE);
            case SECRETARIAT -> Set.of(SECRETARIAT_ROLE, USER_ROLE);
            case USER -> Set.of(USER_ROLE);
        };
    }

    public static GlobalRole of(String value) {
        return Arrays.stream(values())
                .filter(r -> r.value.equals(value))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown role " + value));
    }
}
