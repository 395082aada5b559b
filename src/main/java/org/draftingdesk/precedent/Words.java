package org.draftingdesk.precedent;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of a wording as agreed language compares them: case, punctuation and the typographic
 * variants of apostrophes and hyphens do not count; a hyphenated word ("anti-trafficking") is one
 * word.
 */
public final class Words {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['\\-][\\p{L}\\p{N}]+)*");

    private Words() {}

    public static List<String> of(String text) {
        List<String> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        String normal = text.replace('’', '\'')
                .replace('‘', '\'')
                .replace('\u2011', '-')
                .replace('\u2010', '-')
                .replace('\u00AD', '-');
        Matcher m = WORD.matcher(normal);
        while (m.find()) {
            words.add(m.group().toLowerCase(Locale.ROOT));
        }
        return words;
    }

    /** A 64-bit fingerprint of {@code n} consecutive words starting at {@code from}. */
    static long gram(List<String> words, int from, int n) {
        long h = 0x9E3779B97F4A7C15L * n;
        for (int i = from; i < from + n; i++) {
            h = (h ^ words.get(i).hashCode()) * 0xBF58476D1CE4E5B9L;
            h ^= h >>> 31;
        }
        return h;
    }
}
