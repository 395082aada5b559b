package org.draftingdesk.trace;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.draftingdesk.clause.ClauseTextChanged;

/**
 * As in requirements-traceability tools: when a clause's wording changes in substance after a
 * link was confirmed, the link becomes suspect until a person confirms or rejects it again.
 * Changes of whitespace or punctuation alone (brackets included) are not substance.
 */
@ApplicationScoped
public class SuspectLinkPolicy {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    /** The words of a text, in order, without case: what "substance" means here. */
    static List<String> words(String text) {
        return WORD.matcher(text == null ? "" : text.toLowerCase(Locale.ROOT))
                .results()
                .map(m -> m.group())
                .toList();
    }

    public static boolean isSubstantive(String before, String after) {
        return !words(before).equals(words(after));
    }

    void onClauseChanged(@Observes ClauseTextChanged change) {
        if (change.before() == null || !isSubstantive(change.before(), change.after())) {
            return;
        }
        for (TraceLink link : TraceLink.ofClause(change.clauseId())) {
            if (TraceLink.CONFIRMED.equals(link.state)) {
                link.state = TraceLink.SUSPECT;
                link.updatedBy = change.actor();
                link.updatedAt = OffsetDateTime.now();
                link.version++;
                TraceLinkEvent.record(link, change.actor(), "the clause's wording changed");
            }
        }
    }
}
