package org.draftingdesk.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.draftingdesk.coverage.CoverageCalculator.ClauseIn;
import org.draftingdesk.coverage.CoverageCalculator.LinkIn;
import org.draftingdesk.coverage.CoverageCalculator.RecommendationIn;
import org.draftingdesk.coverage.CoverageCalculator.Result;
import org.draftingdesk.coverage.CoverageCalculator.ThemeIn;
import org.draftingdesk.coverage.CoverageViews.ThemeCoverage;
import org.junit.jupiter.api.Test;

/** Coverage arithmetic on hand-built cases. */
class CoverageCalculatorTest {

    static final ThemeIn SURVIVORS = new ThemeIn(1, 100, 1, "Survivors");
    static final ThemeIn TECHNOLOGY = new ThemeIn(2, 100, 2, "Technology");
    static final ThemeIn EMPTY = new ThemeIn(3, 100, 3, "A theme with no recommendations");

    static final RecommendationIn SHELTERS = new RecommendationIn(11, 1, "Fund shelters.", "participants");
    static final RecommendationIn JUSTICE = new RecommendationIn(12, 1, "Access to justice.", "member states");
    static final RecommendationIn NON_PUNISHMENT = new RecommendationIn(13, 1, "Do not punish victims.", null);
    static final RecommendationIn PLATFORMS = new RecommendationIn(21, 2, "Regulate platforms.", "participants");
    static final RecommendationIn AI = new RecommendationIn(22, 2, "Use AI carefully.", "panellists");

    static final List<ThemeIn> THEMES = List.of(SURVIVORS, TECHNOLOGY, EMPTY);
    static final List<RecommendationIn> RECS = List.of(SHELTERS, JUSTICE, NON_PUNISHMENT, PLATFORMS, AI);
    static final List<ClauseIn> CLAUSES =
            List.of(new ClauseIn(501, "OP1"), new ClauseIn(502, "OP2"), new ClauseIn(503, "OP3"));

    private static ThemeCoverage theme(Result r, long id) {
        return r.themes().stream().filter(t -> t.themeId() == id).findFirst().orElseThrow();
    }

    @Test
    void nothingLinkedLeavesEverythingUnaddressed() {
        Result r = CoverageCalculator.compute(THEMES, RECS, CLAUSES, List.of());
        assertThat(r.totals().coverage()).isZero();
        assertThat(r.unaddressed().themes()).containsExactly(1L, 2L, 3L);
        assertThat(r.unaddressed().recommendations()).containsExactly(11L, 12L, 13L, 21L, 22L);
    }

    @Test
    void aThemeWithNoRecommendationsIsCoveredOnlyByALinkToTheWholeTheme() {
        Result none = CoverageCalculator.compute(THEMES, RECS, CLAUSES, List.of());
        assertThat(theme(none, 3).recommendations()).isZero();
        assertThat(theme(none, 3).coverage()).isZero();
        Result linked =
                CoverageCalculator.compute(THEMES, RECS, CLAUSES, List.of(new LinkIn(502, null, 3L, "confirmed")));
        assertThat(theme(linked, 3).coverage()).isEqualTo(1.0);
        assertThat(theme(linked, 3).addressedBy()).containsExactly("OP2");
        assertThat(linked.unaddressed().themes()).containsExactly(1L, 2L);
    }

    @Test
    void aThemeWhoseLinksAreAllSuspectCountsThemAsSuspectNotAddressed() {
        Result r = CoverageCalculator.compute(
                THEMES,
                RECS,
                CLAUSES,
                List.of(new LinkIn(501, 21L, null, "suspect"), new LinkIn(502, 22L, null, "suspect")));
        ThemeCoverage tech = theme(r, 2);
        assertThat(tech.addressed()).isZero();
        assertThat(tech.suspect()).isEqualTo(2);
        assertThat(tech.coverage()).isZero();
        assertThat(tech.suspectBy()).containsExactly("OP1", "OP2");
        assertThat(r.unaddressed().themes()).contains(2L);
        assertThat(r.unaddressed().recommendations()).doesNotContain(21L, 22L);
        assertThat(r.suspect()).containsExactly(21L, 22L);
    }

    @Test
    void linksFromClausesNotInTheTextCountForNothing() {
        Result r = CoverageCalculator.compute(
                THEMES,
                RECS,
                CLAUSES,
                List.of(
                        new LinkIn(999, 11L, null, "confirmed"),
                        new LinkIn(501, 12L, null, "suggested"),
                        new LinkIn(502, 13L, null, "rejected")));
        assertThat(theme(r, 1).addressed()).isZero();
        assertThat(r.totals().addressed()).isZero();
    }

    @Test
    void aRecommendationLinkedTwiceCountsOnceAndNamesBothClauses() {
        Result r = CoverageCalculator.compute(
                THEMES,
                RECS,
                CLAUSES,
                List.of(
                        new LinkIn(503, 11L, null, "confirmed"),
                        new LinkIn(501, 11L, null, "confirmed"),
                        new LinkIn(502, 12L, null, "confirmed")));
        ThemeCoverage survivors = theme(r, 1);
        assertThat(survivors.recommendations()).isEqualTo(3);
        assertThat(survivors.addressed()).isEqualTo(2);
        assertThat(survivors.coverage()).isEqualTo(0.6667);
        assertThat(survivors.addressedBy()).containsExactly("OP1", "OP2", "OP3");
        assertThat(r.recommendations().get(0).addressedBy())
                .extracting(CoverageViews.ClauseRef::label)
                .containsExactly("OP1", "OP3");
        assertThat(r.totals().addressed()).isEqualTo(2);
        assertThat(r.totals().coverage()).isEqualTo(0.4);
    }

    @Test
    void aConfirmedLinkOutweighsASuspectOne() {
        Result r = CoverageCalculator.compute(
                THEMES,
                RECS,
                CLAUSES,
                List.of(new LinkIn(501, 21L, null, "suspect"), new LinkIn(502, 21L, null, "confirmed")));
        assertThat(theme(r, 2).addressed()).isEqualTo(1);
        assertThat(theme(r, 2).suspect()).isZero();
    }

    @Test
    void coverageByStakeholderGroup() {
        Result r = CoverageCalculator.compute(
                THEMES,
                RECS,
                CLAUSES,
                List.of(new LinkIn(501, 11L, null, "confirmed"), new LinkIn(501, 22L, null, "suspect")));
        assertThat(r.groups())
                .extracting(CoverageViews.GroupCoverage::group)
                .containsExactly("member states", "not stated", "panellists", "participants");
        var participants = r.groups().stream()
                .filter(g -> g.group().equals("participants"))
                .findFirst()
                .orElseThrow();
        assertThat(participants.recommendations()).isEqualTo(2);
        assertThat(participants.addressed()).isEqualTo(1);
        assertThat(participants.coverage()).isEqualTo(0.5);
        var panellists = r.groups().stream()
                .filter(g -> g.group().equals("panellists"))
                .findFirst()
                .orElseThrow();
        assertThat(panellists.suspect()).isEqualTo(1);
    }

    @Test
    void changesSinceThePreviousRevisionNameTheClausesInvolved() {
        Result before = CoverageCalculator.compute(
                THEMES,
                RECS,
                CLAUSES,
                List.of(new LinkIn(501, 11L, null, "confirmed"), new LinkIn(502, 21L, null, "confirmed")));
        Result after = CoverageCalculator.compute(
                THEMES,
                RECS,
                CLAUSES,
                List.of(new LinkIn(501, 11L, null, "confirmed"), new LinkIn(503, 12L, null, "confirmed")));
        CoverageViews.Changes changes =
                CoverageService.changes("7", "Zero draft", before.recommendations(), after.recommendations());
        assertThat(changes.newlyAddressed()).singleElement().satisfies(c -> {
            assertThat(c.recommendationId()).isEqualTo(12L);
            assertThat(c.clauses()).containsExactly("OP3");
        });
        assertThat(changes.dropped()).singleElement().satisfies(c -> {
            assertThat(c.recommendationId()).isEqualTo(21L);
            assertThat(c.clauses()).containsExactly("OP2");
        });
    }
}
