package org.draftingdesk.trace;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words as the lexical signal compares them: lower case, English function words dropped, a light
 * suffix-stripping stem (plural, -ing, -ed, -ation …) so that "survivors" meets "survivor" and
 * "prosecuting" meets "prosecution". No list of domain words: how common a word is in a hearing
 * is left to the inverse document frequency.
 */
final class Lexicon {

    private Lexicon() {}

    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    /** General English function words (no domain vocabulary). */
    private static final Set<String> STOP = Set.of(
            "a",
            "about",
            "above",
            "after",
            "again",
            "against",
            "all",
            "also",
            "am",
            "an",
            "and",
            "any",
            "are",
            "as",
            "at",
            "be",
            "because",
            "been",
            "before",
            "being",
            "below",
            "between",
            "both",
            "but",
            "by",
            "can",
            "could",
            "did",
            "do",
            "does",
            "doing",
            "down",
            "during",
            "each",
            "either",
            "etc",
            "few",
            "for",
            "from",
            "further",
            "had",
            "has",
            "have",
            "having",
            "he",
            "her",
            "here",
            "hers",
            "herself",
            "him",
            "himself",
            "his",
            "how",
            "i",
            "if",
            "in",
            "into",
            "is",
            "it",
            "its",
            "itself",
            "may",
            "me",
            "might",
            "more",
            "most",
            "must",
            "my",
            "myself",
            "no",
            "nor",
            "not",
            "of",
            "off",
            "on",
            "once",
            "only",
            "or",
            "other",
            "ought",
            "our",
            "ours",
            "ourselves",
            "out",
            "over",
            "own",
            "same",
            "shall",
            "she",
            "should",
            "so",
            "some",
            "such",
            "than",
            "that",
            "the",
            "their",
            "theirs",
            "them",
            "themselves",
            "then",
            "there",
            "these",
            "they",
            "this",
            "those",
            "through",
            "thus",
            "to",
            "too",
            "under",
            "until",
            "up",
            "upon",
            "us",
            "very",
            "was",
            "we",
            "were",
            "what",
            "when",
            "where",
            "whether",
            "which",
            "while",
            "who",
            "whom",
            "why",
            "will",
            "with",
            "within",
            "would",
            "you",
            "your",
            "yours",
            "yourself",
            "yourselves",
            "inter",
            "alia",
            "including",
            "include",
            "includes",
            "well",
            "via",
            "per",
            "among",
            "amongst",
            "s");

    /** The stemmed content words of a text, in order, repeated as often as they occur. */
    static List<String> terms(String text) {
        List<String> terms = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT);
            if (w.length() < 2 || STOP.contains(w)) {
                continue;
            }
            terms.add(stem(w));
        }
        return terms;
    }

    private static final String[][] SUFFIXES = {
        {"ational", "ate"},
        {"ization", "ize"},
        {"isation", "ize"},
        {"fulness", "ful"},
        {"iveness", "ive"},
        {"ations", ""},
        {"ation", ""},
        {"itions", ""},
        {"ition", ""},
        {"ments", ""},
        {"ment", ""},
        {"ities", ""},
        {"ity", ""},
        {"ness", ""},
        {"ings", ""},
        {"ing", ""},
        {"ised", "ize"},
        {"ized", "ize"},
        {"ises", "ize"},
        {"izes", "ize"},
        {"ise", "ize"},
        {"ied", "y"},
        {"ies", "y"},
        {"ers", ""},
        {"er", ""},
        {"ors", ""},
        {"or", ""},
        {"ed", ""},
        {"ly", ""},
        {"al", ""},
        {"es", ""},
        {"s", ""},
        {"e", ""}
    };

    /** A light stem: the first matching suffix is cut when at least four letters remain. */
    static String stem(String word) {
        if (word.length() <= 4) {
            return word;
        }
        for (String[] s : SUFFIXES) {
            if (word.endsWith(s[0]) && word.length() - s[0].length() >= 4) {
                if (s[0].equals("s") && (word.endsWith("ss") || word.endsWith("us") || word.endsWith("is"))) {
                    continue;
                }
                String stem = word.substring(0, word.length() - s[0].length()) + s[1];
                return undouble(stem);
            }
        }
        return word;
    }

    private static String undouble(String stem) {
        int n = stem.length();
        if (n > 4 && stem.charAt(n - 1) == stem.charAt(n - 2) && "bdfgmnprt".indexOf(stem.charAt(n - 1)) >= 0) {
            return stem.substring(0, n - 1);
        }
        return stem;
    }

    /** Term counts of a list of terms. */
    static Map<String, Integer> counts(List<String> terms) {
        Map<String, Integer> counts = new HashMap<>();
        terms.forEach(t -> counts.merge(t, 1, Integer::sum));
        return counts;
    }
}
