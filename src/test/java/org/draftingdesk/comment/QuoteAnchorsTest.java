package org.draftingdesk.comment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.draftingdesk.comment.QuoteAnchors.Anchor;
import org.draftingdesk.problem.Problem;
import org.junit.jupiter.api.Test;

/** Where quoted words stand in a clause, before and after its wording changes. */
class QuoteAnchorsTest {

    private static final String CLAUSE =
            "We commit to strengthening international cooperation to prevent and combat trafficking in persons,"
                    + " in particular women and children.";

    @Test
    void anExactQuoteIsFoundWithItsOffsets() {
        Anchor a = QuoteAnchors.exact(CLAUSE, "international cooperation").orElseThrow();
        assertThat(a.match()).isEqualTo(QuoteAnchors.EXACT);
        assertThat(a.similarity()).isEqualTo(1.0);
        assertThat(CLAUSE.substring(a.start(), a.end())).isEqualTo("international cooperation");
        assertThat(a.passage()).isEqualTo("international cooperation");
    }

    @Test
    void spacingAndLineBreaksDoNotCountButLetterCaseDoes() {
        String text = "We commit to\nstrengthening  international\u00a0cooperation.";
        Anchor a = QuoteAnchors.exact(text, "  strengthening international \n cooperation ")
                .orElseThrow();
        assertThat(a.passage()).isEqualTo("strengthening  international\u00a0cooperation");
        assertThat(QuoteAnchors.exact(text, "International cooperation")).isEmpty();
        assertThat(QuoteAnchors.normalized(" a \t b\n\nc\u200b ")).isEqualTo("a b c");
    }

    @Test
    void invisibleFormattingCharactersAreIgnored() {
        String text = "to com\u00adbat traf\u200bficking";
        Anchor a = QuoteAnchors.exact(text, "combat trafficking").orElseThrow();
        assertThat(a.passage()).isEqualTo("com\u00adbat traf\u200bficking");
    }

    @Test
    void aQuoteMayStartAndEndInsideAWord() {
        assertThat(QuoteAnchors.exact(CLAUSE, "rafficking in pers")).isPresent();
    }

    @Test
    void aCheckedQuoteIsStoredWithItsSpacingCollapsed() {
        assertThat(QuoteAnchors.checked("OP1", CLAUSE, "women and\n children")).isEqualTo("women and children");
        assertThat(QuoteAnchors.checked("OP1", CLAUSE, null)).isNull();
        assertThat(QuoteAnchors.checked("OP1", CLAUSE, " \u00a0 ")).isNull();
    }

    @Test
    void wordsThatAreNotInTheClauseAreRefusedWithTheReason() {
        assertThatThrownBy(() -> QuoteAnchors.checked("OP1", CLAUSE, "women and girls"))
                .isInstanceOf(Problem.Unprocessable.class)
                .hasMessageContaining("'women and girls' are not in the text of OP1");
        assertThatThrownBy(() -> QuoteAnchors.checked("OP1", CLAUSE, "Women and children"))
                .isInstanceOf(Problem.Unprocessable.class);
        assertThatThrownBy(() -> QuoteAnchors.checked("OP1", CLAUSE, "x".repeat(QuoteAnchors.MAX_LENGTH + 1)))
                .isInstanceOf(Problem.BadInput.class);
    }

    @Test
    void aRewordedPassageIsFoundByItsWordsInOrder() {
        String quote = "strengthening international cooperation to prevent";
        String rev2 = "We commit to strengthening regional cooperation to prevent and combat trafficking in persons.";
        Anchor a = QuoteAnchors.anchor(rev2, quote).orElseThrow();
        assertThat(a.match()).isEqualTo(QuoteAnchors.TOLERANT);
        assertThat(a.passage()).isEqualTo("strengthening regional cooperation to prevent");
        assertThat(a.similarity()).isEqualTo(0.8);
    }

    @Test
    void theTolerantMatchIgnoresCaseAndPunctuationAndTakesInsertedWords() {
        String rev2 = "In particular, Women, Adolescents and Children in vulnerable situations.";
        Anchor a = QuoteAnchors.anchor(rev2, "in particular women and children").orElseThrow();
        assertThat(a.passage()).isEqualTo("In particular, Women, Adolescents and Children");
    }

    @Test
    void wordsThatAreGoneAreLost() {
        String rev2 = "We resolve to end trafficking in persons by 2030.";
        assertThat(QuoteAnchors.anchor(rev2, "strengthening international cooperation"))
                .isEmpty();
        // Two words, one of them changed: half the quote is gone, below the threshold.
        assertThat(QuoteAnchors.anchor("We commit to regional cooperation.", "international cooperation"))
                .isEmpty();
        // Only scattered common words survive.
        assertThat(QuoteAnchors.anchor(
                        "The plan and the report of the meeting in the spring.",
                        "the protection of the rights of victims in the courts"))
                .isEmpty();
    }

    @Test
    void thePassageKeepingMoreOfTheQuotedWordsWinsOverAShorterOne() {
        String rev2 = "We urge all States to protect the rights of victims and survivors of trafficking.";
        Anchor a = QuoteAnchors.anchor(rev2, "rights of survivors").orElseThrow();
        assertThat(a.passage()).isEqualTo("rights of victims and survivors");
        assertThat(a.similarity()).isEqualTo(0.6);
    }

    @Test
    void theBestAlignedPassageWinsOverAnEarlierWeakerOne() {
        String text = "Prevent abuse. Later we act to prevent and combat trafficking in persons.";
        Anchor a = QuoteAnchors.anchor(text, "to prevent and suppress trafficking in persons")
                .orElseThrow();
        assertThat(a.passage()).isEqualTo("to prevent and combat trafficking in persons");
    }

    @Property(tries = 500)
    void aQuoteTakenFromATextIsAlwaysFoundInThatText(
            @ForAll("textsWithAPassage") Tuple.Tuple3<String, Integer, Integer> t) {
        String text = t.get1();
        String quote = text.substring(t.get2(), t.get3());
        Assume.that(!QuoteAnchors.normalized(quote).isEmpty());
        Optional<Anchor> found = QuoteAnchors.anchor(text, quote);
        assertThat(found).isPresent();
        assertThat(found.get().match()).isEqualTo(QuoteAnchors.EXACT);
        assertThat(QuoteAnchors.normalized(found.get().passage())).isEqualTo(QuoteAnchors.normalized(quote));
        assertThat(QuoteAnchors.checked("OP1", text, quote)).isEqualTo(QuoteAnchors.normalized(quote));
    }

    @Property(tries = 300)
    void aQuoteSurvivesWordsAddedAroundIt(
            @ForAll("textsWithAPassage") Tuple.Tuple3<String, Integer, Integer> t,
            @ForAll("words") String before,
            @ForAll("words") String after) {
        String quote = t.get1().substring(t.get2(), t.get3());
        Assume.that(!QuoteAnchors.normalized(quote).isEmpty());
        String rev2 = before + " " + t.get1() + " " + after;
        assertThat(QuoteAnchors.anchor(rev2, quote)).isPresent();
    }

    @Property(tries = 300)
    void aLongQuoteWithOneWordReplacedIsStillFound(
            @ForAll("sentences") String sentence, @ForAll("words") String replacement) {
        String[] words = sentence.split(" ");
        Assume.that(words.length >= 3);
        String changed = sentence.replaceFirst("^\\S+", "zz" + replacement + "zz");
        Anchor a = QuoteAnchors.anchor("Prefix words. " + changed + " Suffix words.", sentence)
                .orElseThrow();
        assertThat(a.similarity()).isGreaterThanOrEqualTo(QuoteAnchors.THRESHOLD);
    }

    @Provide
    Arbitrary<Tuple.Tuple3<String, Integer, Integer>> textsWithAPassage() {
        Arbitrary<String> texts = Arbitraries.strings()
                .withChars("abcXYZ éñ.,;:()'’\u00a0\n\t\u200b\u00ad-0123")
                .ofMinLength(1)
                .ofMaxLength(200);
        return texts.flatMap(text -> Combinators.combine(
                        Arbitraries.integers().between(0, text.length()),
                        Arbitraries.integers().between(0, text.length()))
                .as((a, b) -> Tuple.of(text, Math.min(a, b), Math.max(a, b))));
    }

    @Provide
    Arbitrary<String> words() {
        return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8);
    }

    @Provide
    Arbitrary<String> sentences() {
        return words().list().ofMinSize(3).ofMaxSize(12).map(ws -> String.join(" ", ws));
    }
}
