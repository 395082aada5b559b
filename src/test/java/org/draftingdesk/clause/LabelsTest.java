package org.draftingdesk.clause;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LabelsTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "PP1",
                "PP999",
                "OP1",
                "OP9999",
                "OP7bis",
                "OP7ter",
                "OP12quater",
                "PP3duodecies",
                "OP0bis",
                "OP7-12"
            })
    void labelsWithinBoundsAreValid(String label) {
        assertThat(Labels.isValid(label)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "OP99999999999999999999",
                "OP10000",
                "PP1000",
                "OP0",
                "PP0",
                "OP7foo",
                "op7",
                "OP",
                "XP1",
                "OP7 bis",
                "OP-1",
                ""
            })
    void labelsOutOfBoundsOrOfAnotherShapeAreNot(String label) {
        assertThat(Labels.isValid(label)).isFalse();
    }

    @org.junit.jupiter.api.Test
    void aHugeNumberNeverBreaksNumbering() {
        assertThat(Labels.number("OP99999999999999999999")).isZero();
        assertThat(Labels.appended("OP", List.of("OP99999999999999999999", "OP3")))
                .isEqualTo("OP4");
    }
}
