package org.draftingdesk.silence;

import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Instant;

/**
 * Where a revision's silence procedure stands. Never stored: it follows from the deadline, the clock
 * and whether any delegation broke silence.
 */
public enum SilenceState {
    /** The revision was never placed under silence. */
    NONE("none"),
    /** Before the deadline, and nobody has broken silence. */
    UNDER_SILENCE("under-silence"),
    /** The deadline passed and nobody broke silence: the text is adopted. */
    ADOPTED("adopted"),
    /** A delegation broke silence before the deadline (further breaks are taken until it passes). */
    BROKEN("broken");

    private final String wire;

    SilenceState(String wire) {
        this.wire = wire;
    }

    @JsonValue
    public String wire() {
        return wire;
    }

    /** The state at {@code now} of a silence with this deadline ({@code null}: none) and this many breaks. */
    public static SilenceState at(Instant deadline, Instant now, int breaks) {
        if (deadline == null) {
            return NONE;
        }
        if (breaks > 0) {
            return BROKEN;
        }
        return isOver(deadline, now) ? ADOPTED : UNDER_SILENCE;
    }

    /** Silence ends AT the deadline: from that instant on, nobody breaks it any more. */
    public static boolean isOver(Instant deadline, Instant now) {
        return !now.isBefore(deadline);
    }

    @Override
    public String toString() {
        return wire;
    }
}
