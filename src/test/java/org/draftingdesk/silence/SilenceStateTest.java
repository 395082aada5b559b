package org.draftingdesk.silence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SilenceStateTest {

    private static final Instant DEADLINE = Instant.parse("2030-06-01T12:00:00Z");

    @Test
    void withoutADeadlineThereIsNoSilence() {
        assertThat(SilenceState.at(null, DEADLINE, 0)).isEqualTo(SilenceState.NONE);
    }

    @Test
    void beforeTheDeadlineWithoutBreaksTheRevisionIsUnderSilence() {
        assertThat(SilenceState.at(DEADLINE, DEADLINE.minusSeconds(1), 0)).isEqualTo(SilenceState.UNDER_SILENCE);
    }

    @Test
    void silenceEndsAtTheDeadlineItself() {
        assertThat(SilenceState.isOver(DEADLINE, DEADLINE)).isTrue();
        assertThat(SilenceState.isOver(DEADLINE, DEADLINE.minusNanos(1))).isFalse();
        assertThat(SilenceState.at(DEADLINE, DEADLINE, 0)).isEqualTo(SilenceState.ADOPTED);
    }

    @Test
    void aBreakMakesItBrokenBeforeAndAfterTheDeadline() {
        assertThat(SilenceState.at(DEADLINE, DEADLINE.minus(Duration.ofHours(1)), 1))
                .isEqualTo(SilenceState.BROKEN);
        assertThat(SilenceState.at(DEADLINE, DEADLINE.plus(Duration.ofDays(3)), 2))
                .isEqualTo(SilenceState.BROKEN);
    }

    @Test
    void theStatesHaveTheirWireNames() {
        assertThat(SilenceState.UNDER_SILENCE.wire()).isEqualTo("under-silence");
        assertThat(SilenceState.ADOPTED.toString()).isEqualTo("adopted");
        assertThat(SilenceService.describe(Duration.ofHours(72))).isEqualTo("72 hours");
        assertThat(SilenceService.describe(Duration.ofMinutes(90))).isEqualTo("PT1H30M");
    }
}
