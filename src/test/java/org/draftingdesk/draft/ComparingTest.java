package org.draftingdesk.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.draftingdesk.draft.DraftViews.Change;
import org.draftingdesk.draft.DraftViews.ClauseView;
import org.junit.jupiter.api.Test;

/** Clause-level alignment and word-level differences, as plain logic. */
class ComparingTest {

    private static ClauseView clause(long id, String label, String text) {
        return new ClauseView(id, label, "OP", text, "open", 1, null, null);
    }

    private static Map<Long, Change> byClause(List<Change> changes) {
        return changes.stream().collect(Collectors.toMap(Change::clauseId, Function.identity()));
    }

    @Test
    void classifiesAddedDeletedModifiedMovedAndUnchangedClauses() {
        List<ClauseView> from = List.of(
                clause(1, "OP1", "We commit to act."),
                clause(2, "OP2", "We decide to meet."),
                clause(3, "OP3", "We thank the hosts."),
                clause(4, "OP4", "We note the report."));
        List<ClauseView> to = List.of(
                clause(1, "OP1", "We commit to act."),
                clause(3, "OP2", "We thank the hosts."),
                clause(5, "OP3", "We welcome survivors."),
                clause(2, "OP4", "We decide to meet."),
                clause(4, "OP5", "We note the report with appreciation."));
        // 2 moved below 3; 4 modified; 5 added.
        List<Change> changes = Comparing.compare(from, to);
        Map<Long, Change> c = byClause(changes);
        assertThat(c.get(1L).change()).isEqualTo(Comparing.UNCHANGED);
        assertThat(c.get(3L).change()).isEqualTo(Comparing.UNCHANGED);
        assertThat(c.get(3L).fromLabel()).isEqualTo("OP3");
        assertThat(c.get(3L).toLabel()).isEqualTo("OP2");
        assertThat(c.get(2L).change()).isEqualTo(Comparing.MOVED);
        assertThat(c.get(5L).change()).isEqualTo(Comparing.ADDED);
        assertThat(c.get(4L).change()).isEqualTo(Comparing.MODIFIED);
        assertThat(c.get(4L).diff()).extracting(WordDiff.Segment::op).containsExactly("equal", "insert", "equal");
        assertThat(c.get(4L).diff().get(1).text()).isEqualTo(" with appreciation");
    }

    @Test
    void aDeletedClauseStandsWhereItStood() {
        List<ClauseView> from = List.of(clause(1, "OP1", "A."), clause(2, "OP2", "B."), clause(3, "OP3", "C."));
        List<ClauseView> to = List.of(clause(1, "OP1", "A."), clause(3, "OP2", "C."));
        List<Change> changes = Comparing.compare(from, to);
        assertThat(changes).extracting(Change::clauseId).containsExactly(1L, 2L, 3L);
        assertThat(changes.get(1).change()).isEqualTo(Comparing.DELETED);
        assertThat(changes.get(1).toLabel()).isNull();
    }

    @Test
    void aClauseBothMovedAndReworedIsModifiedAndFlaggedMoved() {
        List<ClauseView> from = List.of(clause(1, "OP1", "A one."), clause(2, "OP2", "B two."), clause(3, "OP3", "C."));
        List<ClauseView> to =
                List.of(clause(2, "OP1", "B two, amended."), clause(1, "OP2", "A one."), clause(3, "OP3", "C."));
        Map<Long, Change> c = byClause(Comparing.compare(from, to));
        assertThat(c.values()).filteredOn(Change::moved).hasSize(1);
        assertThat(c.get(2L).change()).isEqualTo(Comparing.MODIFIED);
    }

    @Test
    void bracketsAndPunctuationAreWordsOfTheirOwn() {
        List<WordDiff.Segment> diff = WordDiff.between("We commit to act.", "We [commit] to act now.");
        assertThat(WordDiff.newText(diff)).isEqualTo("We [commit] to act now.");
        assertThat(diff)
                .filteredOn(s -> s.op().equals("insert"))
                .extracting(WordDiff.Segment::text)
                .containsExactly("[", "]", " now");
    }

    @Property(tries = 300)
    void applyingTheWordDiffToTheOldTextGivesTheNewText(
            @ForAll @StringLength(max = 120) String from, @ForAll @StringLength(max = 120) String to) {
        List<WordDiff.Segment> diff = WordDiff.between(from, to);
        assertThat(WordDiff.oldText(diff)).isEqualTo(from);
        assertThat(WordDiff.newText(diff)).isEqualTo(to);
    }

    @Property(tries = 200)
    void wordDiffRoundTripsOnSentences(@ForAll("sentences") String from, @ForAll("sentences") String to) {
        List<WordDiff.Segment> diff = WordDiff.between(from, to);
        assertThat(WordDiff.oldText(diff)).isEqualTo(from);
        assertThat(WordDiff.newText(diff)).isEqualTo(to);
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> sentences() {
        return net.jqwik.api.Arbitraries.of(
                        "We",
                        "commit",
                        "to",
                        "act",
                        "[decisively]",
                        "trafficking",
                        "in",
                        "persons",
                        ",",
                        ";",
                        "victims",
                        "and",
                        "survivors",
                        "(a)",
                        "(b)")
                .list()
                .ofMaxSize(25)
                .map(words -> String.join(" ", words));
    }
}
