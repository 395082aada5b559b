package org.draftingdesk.trace;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The ranks that reciprocal-rank fusion reads: one sort per paragraph and signal gives every theme
 * exactly the rank of the definition (1 + how many themes score strictly higher; ties share it).
 */
class ThemeRanksTest {

    @Property
    void aSortGivesTheRankOfTheDefinitionTiesIncluded(@ForAll("signals") double[] values) {
        int[] ranks = HearingIndex.DraftScores.ranks(values);
        for (int t = 0; t < values.length; t++) {
            int higher = 0;
            for (double v : values) {
                if (v > values[t]) {
                    higher++;
                }
            }
            assertThat(ranks[t]).as("rank of theme %d", t).isEqualTo(1 + higher);
        }
    }

    /** Scores with many ties (few distinct values), signed zeros and negatives, as calibrated signals have. */
    @Provide
    Arbitrary<double[]> signals() {
        return Arbitraries.of(-0.5, -0.0, 0.0, 0.1, 0.25, 0.25000001, 0.7, 1.0)
                .array(double[].class)
                .ofMinSize(0)
                .ofMaxSize(60);
    }
}
