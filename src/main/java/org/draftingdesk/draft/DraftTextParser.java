package org.draftingdesk.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a draft written as numbered paragraphs: {@code OP1: …}, {@code PP2: …}, {@code 1. …}, or
 * unnumbered preambular paragraphs that open with a participle ("Recalling …"). Sub-paragraphs
 * {@code (a)}…{@code (z)} and continuation lines stay in their paragraph; {@code #} lines are
 * comments.
 */
public final class DraftTextParser {

    public record ParsedClause(String kind, String label, String text) {}

    private static final Pattern LABELLED =
            Pattern.compile("^(PP|OP)\\s*(\\d+)([a-z]*)\\s*[:.)]\\s*(.*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,3})\\s*[.)]\\s+(.*)$");
    private static final Pattern SUB_PARAGRAPH = Pattern.compile("^\\(?[a-z]{1,4}\\)\\s+.*$");
    private static final Pattern PARTICIPLE =
            Pattern.compile("^(?:Also |Further |Deeply |Gravely |Strongly |Noting further )?[A-Z][a-z]+ing\\b.*");

    private DraftTextParser() {}

    public static List<ParsedClause> parse(String text) {
        List<String[]> paragraphs = new ArrayList<>();
        for (String raw : text.replace("\r\n", "\n").replace('\r', '\n').split("\n")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            Matcher labelled = LABELLED.matcher(line);
            Matcher numbered = NUMBERED.matcher(line);
            if (labelled.matches()) {
                String kind = labelled.group(1).toUpperCase();
                paragraphs.add(new String[] {
                    kind, kind + labelled.group(2) + labelled.group(3).toLowerCase(), labelled.group(4)
                });
            } else if (numbered.matches()) {
                paragraphs.add(new String[] {"OP", "OP" + numbered.group(1), numbered.group(2)});
            } else if (!paragraphs.isEmpty()
                    && (SUB_PARAGRAPH.matcher(line).matches()
                            || Character.isLowerCase(line.codePointAt(0))
                            || !PARTICIPLE.matcher(line).matches())) {
                String[] last = paragraphs.get(paragraphs.size() - 1);
                last[2] = last[2].isEmpty() ? line : last[2] + " " + line;
            } else {
                paragraphs.add(new String[] {"PP", null, line});
            }
        }
        List<ParsedClause> clauses = new ArrayList<>();
        int pp = 0;
        for (String[] p : paragraphs) {
            String label = p[1];
            if (label == null) {
                label = "PP" + (++pp);
            } else if ("PP".equals(p[0])) {
                pp = Math.max(pp, org.draftingdesk.clause.Labels.number(label));
            }
            clauses.add(new ParsedClause(p[0], label, p[2].strip()));
        }
        return clauses;
    }
}
