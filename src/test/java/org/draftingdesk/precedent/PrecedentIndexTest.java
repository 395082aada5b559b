package org.draftingdesk.precedent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.draftingdesk.draft.WordDiff;
import org.junit.jupiter.api.Test;

class PrecedentIndexTest {

    private static final String[] WORDS = ("we reaffirm recall commit the of and to in persons trafficking victims "
                    + "survivors protection, support; women children “data” cooperation international States Member "
                    + "anti-trafficking labour’s forced (a) 2030 Agenda")
            .split(" ");

    private static String text(Random random, int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append(i == 0 ? "" : random.nextInt(9) == 0 ? "  " : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return s.append('.').toString();
    }

    /** The precedent reworded: words dropped, inserted and replaced at random. */
    private static String perturb(Random random, String text, int edits) {
        List<String> words = new ArrayList<>(List.of(text.split(" ")));
        for (int i = 0; i < edits && !words.isEmpty(); i++) {
            int at = random.nextInt(words.size());
            switch (random.nextInt(3)) {
                case 0 -> words.remove(at);
                case 1 -> words.add(at, WORDS[random.nextInt(WORDS.length)]);
                default -> words.set(at, WORDS[random.nextInt(WORDS.length)]);
            }
        }
        return String.join(" ", words);
    }

    private static PrecedentIndex.Entry entry(long id, String text) {
        return new PrecedentIndex.Entry(
                id, id, "A/RES/" + id, LocalDate.of(2020, 1, 1), "OP", String.valueOf(id), text);
    }

    @Property
    void theDiffAppliedToThePrecedentReproducesTheClause(
            @ForAll long seed,
            @ForAll @IntRange(min = 3, max = 80) int length,
            @ForAll @IntRange(min = 0, max = 12) int edits) {
        Random random = new Random(seed);
        String precedent = text(random, length);
        String clause = perturb(random, precedent, edits);
        PrecedentIndex index = PrecedentIndex.of(List.of(entry(1, precedent), entry(2, text(random, length))));
        PrecedentIndex.Result result = index.find(clause, Set.of(), 2);
        for (PrecedentIndex.Match m : result.matches()) {
            assertThat(WordDiff.oldText(m.diff())).isEqualTo(m.entry().text());
            assertThat(WordDiff.newText(m.diff())).isEqualTo(clause);
        }
        assertThat(result.agreedShare()).isBetween(0.0, 1.0);
    }

    @Property
    void aWordingRepeatedWordForWordIsWhollyAgreedAndItsOwnBestPrecedent(
            @ForAll long seed, @ForAll @IntRange(min = 6, max = 60) int length) {
        Random random = new Random(seed);
        String precedent = text(random, length);
        PrecedentIndex index = PrecedentIndex.of(List.of(entry(1, text(random, length)), entry(2, precedent)));
        PrecedentIndex.Result result = index.find(precedent.toUpperCase(), Set.of(), 1);
        assertThat(result.agreedShare()).isEqualTo(1.0);
        assertThat(result.matches().get(0).similarity()).isEqualTo(1.0);
    }

    @Property
    void theFastAlignmentAgreesWithTheDiffLibrary(
            @ForAll long seed,
            @ForAll @IntRange(min = 0, max = 200) int m,
            @ForAll @IntRange(min = 0, max = 200) int n,
            @ForAll @IntRange(min = 1, max = 12) int alphabet) {
        Random random = new Random(seed);
        int[] a = random.ints(m, 0, alphabet).toArray();
        int[] b = random.ints(n, 0, alphabet).toArray();
        List<String> as = Arrays.stream(a).mapToObj(String::valueOf).toList();
        List<String> bs = Arrays.stream(b).mapToObj(String::valueOf).toList();
        double expected = PrecedentIndex.similarity(as, bs);
        int common = new PrecedentIndex.Lcs(a).with(b);
        double fast = m + n == 0 ? 1 : Math.round(2.0 * common / (m + n) * 10_000) / 10_000.0;
        assertThat(fast).isEqualTo(expected);
    }

    @Test
    void excludedTextsCountForNothing() {
        String wording = "We reaffirm our commitment to prevent and combat trafficking in persons in all its forms.";
        PrecedentIndex index = PrecedentIndex.of(List.of(entry(7, wording)));
        assertThat(index.find(wording, Set.of(7L), 3)).isEqualTo(new PrecedentIndex.Result(0, List.of()));
    }

    @Test
    void onlyRunsOfSixWordsCountAsAgreed() {
        PrecedentIndex index = PrecedentIndex.of(
                List.of(
                        entry(
                                1,
                                "We reaffirm our commitment to prevent trafficking. Member States shall protect all survivors today.")));
        // Five words in a row ("we reaffirm our commitment to") are not a run; six are.
        assertThat(index.find("We reaffirm our commitment to end slavery everywhere now", Set.of(), 1)
                        .agreedShare())
                .isEqualTo(0.0);
        assertThat(index.find("We reaffirm our commitment to prevent slavery now", Set.of(), 1)
                        .agreedShare())
                .isEqualTo(0.75);
    }

    @Test
    void typographyAndCaseAreNotWording() {
        assertThat(Words.of("Anti‑trafficking victims’ “rights”, (a) women’s"))
                .containsExactly("anti-trafficking", "victims", "rights", "a", "women's");
        assertThat(PrecedentIndex.similarity(Words.of("We Commit, firmly."), Words.of("we commit firmly")))
                .isEqualTo(1.0);
    }

    @Test
    void tiesGoToTheMoreRecentAdoptedText() {
        String wording = "We reaffirm the central role of the work of the Office in the global fight.";
        PrecedentIndex index = PrecedentIndex.of(List.of(
                new PrecedentIndex.Entry(1, 1, "A/RES/72/1", LocalDate.of(2017, 9, 27), "OP", "14", wording),
                new PrecedentIndex.Entry(2, 2, "A/RES/76/7", LocalDate.of(2021, 11, 22), "OP", "20", wording)));
        assertThat(index.find(wording, Set.of(), 2).matches())
                .extracting(m -> m.entry().symbol())
                .containsExactly("A/RES/76/7", "A/RES/72/1");
    }
}
