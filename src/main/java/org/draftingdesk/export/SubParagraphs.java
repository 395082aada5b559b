package org.draftingdesk.export;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A paragraph's lettered sub-paragraphs: "We decide: (a) to …; (b) to …" reads as a lead-in and the
 * sub-paragraphs (a), (b), … when the letters follow each other from (a), each after a colon,
 * semicolon or line break.
 */
record SubParagraphs(String lead, List<Sub> subs) {

    record Sub(String marker, String text) {}

    private static final Pattern MARKER = Pattern.compile("(?<=[:;\\n])\\s*\\(([a-z])\\)\\s+");

    static SubParagraphs of(String text) {
        List<int[]> cuts = new ArrayList<>();
        Matcher m = MARKER.matcher(text);
        char expected = 'a';
        while (m.find()) {
            if (m.group(1).charAt(0) == expected) {
                cuts.add(new int[] {m.start(), m.end()});
                expected++;
            }
        }
        if (cuts.isEmpty()) {
            return new SubParagraphs(text, List.of());
        }
        List<Sub> subs = new ArrayList<>();
        for (int i = 0; i < cuts.size(); i++) {
            int end = i + 1 < cuts.size() ? cuts.get(i + 1)[0] : text.length();
            subs.add(new Sub(
                    "(" + (char) ('a' + i) + ")",
                    text.substring(cuts.get(i)[1], end).strip()));
        }
        return new SubParagraphs(text.substring(0, cuts.get(0)[0]).strip(), subs);
    }
}
