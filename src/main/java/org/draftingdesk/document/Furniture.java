package org.draftingdesk.document;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a line at a page edge looks like when it is page furniture rather than text: page numbers
 * in their usual forms, document symbols, job numbers and barcodes. The patterns describe the
 * forms, not any document's values.
 */
final class Furniture {

    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?:page\\s+)?\\d{1,4}\\s*(?:/|of)\\s*\\d{1,4}|[-\u2013\u2014]\\s*\\d{1,4}\\s*[-\u2013\u2014]|page\\s+\\d{1,4}",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BARE_NUMBER = Pattern.compile("\\d{1,4}|[ivxlc]{1,6}", Pattern.CASE_INSENSITIVE);
    /** UN-style symbols: A/RES/76/7, A/76/L.11, E/CN.15/2021/L.1, S/2021/100. */
    private static final Pattern SYMBOL =
            Pattern.compile("[A-Z]{1,5}(?:/[A-Z0-9](?:[A-Za-z0-9.\\-]*[A-Za-z0-9])?){2,}\\*?");
    /** Job numbers as printed on UN documents: 21-17189 (E) 261121. */
    private static final Pattern JOB_NUMBER = Pattern.compile("\\d{2}-\\d{4,6}(?:\\s*\\([A-Z]\\))?(?:\\s+\\d{6})?");

    private static final Pattern BARCODE = Pattern.compile("\\*\\d{5,}\\*");
    private static final Pattern RULE = Pattern.compile("[_\u2014\u2015\u2500]{5,}|-{10,}");

    private Furniture() {}

    static boolean isPageNumber(String line) {
        return PAGE_NUMBER.matcher(line.strip()).matches();
    }

    static boolean isBarePageNumber(String line) {
        return BARE_NUMBER.matcher(line.strip()).matches();
    }

    /** Job numbers and barcodes: never text, wherever they stand. */
    static boolean isPrintMark(String line) {
        String s = line.strip();
        return JOB_NUMBER.matcher(s).matches() || BARCODE.matcher(s).matches();
    }

    /** A line made only of furniture tokens: a symbol, a page number, a job number, a barcode. */
    static boolean isAnchor(String line) {
        String s = line.strip();
        if (s.isEmpty()) {
            return false;
        }
        if (isPageNumber(s) || isPrintMark(s) || SYMBOL.matcher(s).matches()) {
            return true;
        }
        // Several furniture items on one line, e.g. "A/RES/76/7   2/8" or "21-17189   2/8".
        String[] parts = s.split("\\s{2,}|\\t");
        if (parts.length < 2) {
            return false;
        }
        for (String part : parts) {
            String p = part.strip();
            if (!(isPageNumber(p) || isPrintMark(p) || SYMBOL.matcher(p).matches() || isBarePageNumber(p))) {
                return false;
            }
        }
        return true;
    }

    static boolean isRule(String line) {
        return RULE.matcher(line.strip()).matches();
    }

    /** The same header on every page differs only in its numbers. */
    static String normalised(String line) {
        return line.strip().toLowerCase(Locale.ROOT).replaceAll("\\d+", "#").replaceAll("\\s+", " ");
    }
}
