package org.draftingdesk.draft;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.draftingdesk.draft.DraftViews.Change;
import org.draftingdesk.draft.DraftViews.ClauseView;

/**
 * Compares two versions of a draft clause by clause, by identity: added, deleted, modified,
 * moved or unchanged, with word-level changes inside modified clauses. Pure logic.
 */
public final class Comparing {

    public static final String ADDED = "added";
    public static final String DELETED = "deleted";
    public static final String MODIFIED = "modified";
    public static final String MOVED = "moved";
    public static final String UNCHANGED = "unchanged";

    private Comparing() {}

    public static List<Change> compare(List<ClauseView> from, List<ClauseView> to) {
        Map<Long, ClauseView> fromById = new HashMap<>();
        from.forEach(c -> fromById.put(c.id(), c));
        Map<Long, ClauseView> toById = new HashMap<>();
        to.forEach(c -> toById.put(c.id(), c));

        List<Long> commonInFromOrder =
                from.stream().map(ClauseView::id).filter(toById::containsKey).toList();
        List<Long> commonInToOrder =
                to.stream().map(ClauseView::id).filter(fromById::containsKey).toList();
        Set<Long> stayed = longestCommonSubsequence(commonInFromOrder, commonInToOrder);

        List<Change> changes = new ArrayList<>();
        for (ClauseView t : to) {
            ClauseView f = fromById.get(t.id());
            if (f == null) {
                changes.add(new Change(
                        t.id(),
                        null,
                        t.label(),
                        t.kind(),
                        ADDED,
                        false,
                        null,
                        t.status(),
                        List.of(new WordDiff.Segment(WordDiff.INSERT, t.text()))));
                continue;
            }
            boolean moved = !stayed.contains(t.id());
            boolean modified = !f.text().equals(t.text());
            String change = modified ? MODIFIED : moved ? MOVED : UNCHANGED;
            List<WordDiff.Segment> diff = modified
                    ? WordDiff.between(f.text(), t.text())
                    : List.of(new WordDiff.Segment(WordDiff.EQUAL, t.text()));
            changes.add(
                    new Change(t.id(), f.label(), t.label(), t.kind(), change, moved, f.status(), t.status(), diff));
        }
        // Deleted clauses stand where they stood: right after their nearest predecessor still present.
        Long anchor = null;
        for (ClauseView f : from) {
            if (toById.containsKey(f.id())) {
                anchor = f.id();
                continue;
            }
            Change deleted = new Change(
                    f.id(),
                    f.label(),
                    null,
                    f.kind(),
                    DELETED,
                    false,
                    f.status(),
                    null,
                    List.of(new WordDiff.Segment(WordDiff.DELETE, f.text())));
            int at = 0;
            if (anchor != null) {
                for (int i = 0; i < changes.size(); i++) {
                    if (changes.get(i).clauseId() == anchor) {
                        at = i + 1;
                    }
                }
            }
            changes.add(at, deleted);
            anchor = f.id();
        }
        return changes;
    }

    /** Clause ids that keep their relative order: the rest were moved. */
    static Set<Long> longestCommonSubsequence(List<Long> a, List<Long> b) {
        int[][] lengths = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lengths[i][j] = a.get(i).equals(b.get(j))
                        ? lengths[i + 1][j + 1] + 1
                        : Math.max(lengths[i + 1][j], lengths[i][j + 1]);
            }
        }
        Set<Long> kept = new HashSet<>();
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            if (a.get(i).equals(b.get(j))) {
                kept.add(a.get(i));
                i++;
                j++;
            } else if (lengths[i + 1][j] >= lengths[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        return kept;
    }
}
