package org.draftingdesk.coverage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.draftingdesk.coverage.CoverageViews.ClauseRef;
import org.draftingdesk.coverage.CoverageViews.GroupCoverage;
import org.draftingdesk.coverage.CoverageViews.RecommendationCoverage;
import org.draftingdesk.coverage.CoverageViews.ThemeCoverage;
import org.draftingdesk.coverage.CoverageViews.Totals;
import org.draftingdesk.coverage.CoverageViews.Unaddressed;

/**
 * Coverage arithmetic, free of storage: a recommendation is addressed when a clause present in
 * the text is linked to it by a confirmed link, and "suspect" when only suspect links reach it.
 * Links from clauses not in the text (deleted, or not yet written) count for nothing; a
 * recommendation linked twice counts once. A theme linked as a whole is addressed even with no
 * recommendation addressed; a theme without recommendations is covered only that way.
 */
public final class CoverageCalculator {

    public static final String ADDRESSED = "addressed";
    public static final String SUSPECT = "suspect";
    public static final String UNADDRESSED = "unaddressed";
    public static final String NOT_STATED = "not stated";

    public record ThemeIn(long themeId, long sourceId, int number, String title) {}

    public record RecommendationIn(long recommendationId, long themeId, String text, String stakeholderGroup) {}

    /** A clause present in the text, in document order. */
    public record ClauseIn(long clauseId, String label) {}

    public record LinkIn(long clauseId, Long recommendationId, Long themeId, String state) {}

    public record Result(
            Totals totals,
            List<ThemeCoverage> themes,
            Unaddressed unaddressed,
            List<Long> suspect,
            List<GroupCoverage> groups,
            List<RecommendationCoverage> recommendations) {}

    private CoverageCalculator() {}

    public static Result compute(
            List<ThemeIn> themes, List<RecommendationIn> recommendations, List<ClauseIn> clauses, List<LinkIn> links) {
        Map<Long, Integer> order = new LinkedHashMap<>();
        Map<Long, String> labels = new LinkedHashMap<>();
        for (int i = 0; i < clauses.size(); i++) {
            order.put(clauses.get(i).clauseId(), i);
            labels.put(clauses.get(i).clauseId(), clauses.get(i).label());
        }
        Map<Long, Set<Long>> confirmedByRec = new LinkedHashMap<>();
        Map<Long, Set<Long>> suspectByRec = new LinkedHashMap<>();
        Map<Long, Set<Long>> confirmedByTheme = new LinkedHashMap<>();
        for (LinkIn link : links) {
            if (!order.containsKey(link.clauseId())) {
                continue;
            }
            boolean confirmed = "confirmed".equals(link.state());
            boolean suspect = "suspect".equals(link.state());
            if (link.recommendationId() != null && (confirmed || suspect)) {
                (confirmed ? confirmedByRec : suspectByRec)
                        .computeIfAbsent(link.recommendationId(), k -> new LinkedHashSet<>())
                        .add(link.clauseId());
            } else if (link.themeId() != null && confirmed) {
                confirmedByTheme
                        .computeIfAbsent(link.themeId(), k -> new LinkedHashSet<>())
                        .add(link.clauseId());
            }
        }
        Comparator<Long> byDocumentOrder = Comparator.comparingInt(order::get);

        List<RecommendationCoverage> recs = new ArrayList<>();
        Map<Long, List<RecommendationCoverage>> recsByTheme = new LinkedHashMap<>();
        for (RecommendationIn r : recommendations) {
            List<ClauseRef> addressedBy = refs(confirmedByRec.get(r.recommendationId()), labels, byDocumentOrder);
            List<ClauseRef> suspectBy = refs(suspectByRec.get(r.recommendationId()), labels, byDocumentOrder);
            String state = !addressedBy.isEmpty() ? ADDRESSED : !suspectBy.isEmpty() ? SUSPECT : UNADDRESSED;
            RecommendationCoverage rc = new RecommendationCoverage(
                    r.recommendationId(), r.themeId(), r.text(), r.stakeholderGroup(), state, addressedBy, suspectBy);
            recs.add(rc);
            recsByTheme.computeIfAbsent(r.themeId(), k -> new ArrayList<>()).add(rc);
        }

        List<ThemeCoverage> themeRows = new ArrayList<>();
        List<Long> unaddressedThemes = new ArrayList<>();
        int themesAddressed = 0;
        for (ThemeIn t : themes) {
            List<RecommendationCoverage> own = recsByTheme.getOrDefault(t.themeId(), List.of());
            int addressed =
                    (int) own.stream().filter(r -> ADDRESSED.equals(r.state())).count();
            int suspect =
                    (int) own.stream().filter(r -> SUSPECT.equals(r.state())).count();
            Set<Long> addressing = new java.util.TreeSet<>(byDocumentOrder);
            Set<Long> suspecting = new java.util.TreeSet<>(byDocumentOrder);
            own.forEach(r -> {
                r.addressedBy().forEach(c -> addressing.add(c.clauseId()));
                r.suspectBy().forEach(c -> suspecting.add(c.clauseId()));
            });
            List<String> themeLinked = refs(confirmedByTheme.get(t.themeId()), labels, byDocumentOrder).stream()
                    .map(ClauseRef::label)
                    .toList();
            double coverage =
                    own.isEmpty() ? (themeLinked.isEmpty() ? 0.0 : 1.0) : round((double) addressed / own.size());
            List<String> addressedBy = new ArrayList<>();
            addressing.forEach(id -> addressedBy.add(labels.get(id)));
            themeLinked.forEach(l -> {
                if (!addressedBy.contains(l)) {
                    addressedBy.add(l);
                }
            });
            List<String> suspectBy = suspecting.stream().map(labels::get).toList();
            ThemeCoverage row = new ThemeCoverage(
                    t.themeId(),
                    t.sourceId(),
                    t.number(),
                    t.title(),
                    own.size(),
                    addressed,
                    suspect,
                    coverage,
                    addressedBy,
                    suspectBy,
                    themeLinked);
            themeRows.add(row);
            if (row.isUnaddressed()) {
                unaddressedThemes.add(t.themeId());
            } else {
                themesAddressed++;
            }
        }

        Map<String, int[]> byGroup = new LinkedHashMap<>();
        for (RecommendationCoverage r : recs) {
            int[] counts = byGroup.computeIfAbsent(
                    r.stakeholderGroup() == null ? NOT_STATED : r.stakeholderGroup(), k -> new int[3]);
            counts[0]++;
            counts[1] += ADDRESSED.equals(r.state()) ? 1 : 0;
            counts[2] += SUSPECT.equals(r.state()) ? 1 : 0;
        }
        List<GroupCoverage> groups = new ArrayList<>();
        byGroup.forEach((g, c) -> groups.add(new GroupCoverage(g, c[0], c[1], c[2], round((double) c[1] / c[0]))));
        groups.sort(Comparator.comparing(GroupCoverage::group));

        int total = recs.size();
        int addressedTotal =
                (int) recs.stream().filter(r -> ADDRESSED.equals(r.state())).count();
        int suspectTotal =
                (int) recs.stream().filter(r -> SUSPECT.equals(r.state())).count();
        Totals totals = new Totals(
                themes.size(),
                themesAddressed,
                total,
                addressedTotal,
                suspectTotal,
                total == 0 ? 0.0 : round((double) addressedTotal / total));
        List<Long> unaddressedRecs = recs.stream()
                .filter(r -> UNADDRESSED.equals(r.state()))
                .map(RecommendationCoverage::recommendationId)
                .toList();
        List<Long> suspectRecs = recs.stream()
                .filter(r -> SUSPECT.equals(r.state()))
                .map(RecommendationCoverage::recommendationId)
                .toList();
        return new Result(
                totals, themeRows, new Unaddressed(unaddressedThemes, unaddressedRecs), suspectRecs, groups, recs);
    }

    private static List<ClauseRef> refs(Set<Long> clauseIds, Map<Long, String> labels, Comparator<Long> order) {
        if (clauseIds == null) {
            return List.of();
        }
        return clauseIds.stream()
                .sorted(order)
                .map(id -> new ClauseRef(id, labels.get(id)))
                .toList();
    }

    /** Fractions with four decimals: the same figure in JSON, CSV and on the page. */
    static double round(double x) {
        return Math.round(x * 10000) / 10000.0;
    }
}
