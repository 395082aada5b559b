package org.draftingdesk.input;

import org.draftingdesk.problem.Problem;

/**
 * The one check for text a person typed or a script sent (clause text, comments, reasons, titles,
 * labels, names): no control characters but tab, line feed and carriage return, no unpaired
 * surrogates or non-characters, and at least one visible character. Text made only of invisible
 * characters (zero-width spaces and joiners, byte order marks, bidirectional marks, no-break or
 * other spaces) counts as empty. Each failure is a 400 naming the field.
 */
public final class UserText {

    private UserText() {}

    /** The text, trimmed of invisible characters at both ends; refused when absent, empty or unfit. */
    public static String required(String field, String value, int maxLength) {
        String text = optional(field, value, maxLength);
        if (text == null) {
            throw Problem.badInput(field, field + " is empty");
        }
        return text;
    }

    /** As {@link #required}, but absent or empty text is {@code null}. */
    public static String optional(String field, String value, int maxLength) {
        if (value == null) {
            return null;
        }
        checkCharacters(field, value);
        String text = trimmed(value);
        if (text.isEmpty()) {
            return null;
        }
        if (text.codePointCount(0, text.length()) > maxLength) {
            throw Problem.badInput(field, field + ": longer than " + maxLength + " characters");
        }
        return text;
    }

    /** True when nothing in the text would be visible on a page (null included). */
    public static boolean isEmpty(String value) {
        return value == null || trimmed(value).isEmpty();
    }

    /** Refuses what no document can carry: see the class comment. */
    public static void checkCharacters(String field, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c)
                    && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1))) {
                int cp = value.codePointAt(i);
                if (isNonCharacter(cp)) {
                    throw unfit(field, "a non-character", cp, i);
                }
                i++;
            } else if (Character.isSurrogate(c)) {
                throw unfit(field, "an unpaired surrogate", c, i);
            } else if (Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r') {
                throw unfit(field, "a control character", c, i);
            } else if (isNonCharacter(c)) {
                throw unfit(field, "a non-character", c, i);
            }
        }
    }

    /** Zero-width and formatting characters, byte order marks, bidi marks and every kind of space. */
    public static boolean isInvisible(int cp) {
        int type = Character.getType(cp);
        return Character.isWhitespace(cp)
                || Character.isSpaceChar(cp)
                || type == Character.FORMAT
                || type == Character.CONTROL
                // Hangul fillers and the braille blank render as nothing.
                || cp == 0x115F
                || cp == 0x1160
                || cp == 0x3164
                || cp == 0xFFA0
                || cp == 0x2800
                // Variation selectors and combining grapheme joiner: modifiers with no glyph of their own.
                || cp == 0x034F
                || (cp >= 0xFE00 && cp <= 0xFE0F)
                || (cp >= 0xE0100 && cp <= 0xE01EF);
    }

    /** The text without invisible characters at its start and end. */
    static String trimmed(String value) {
        int start = 0;
        int end = value.length();
        while (start < end && isInvisible(value.codePointAt(start))) {
            start += Character.charCount(value.codePointAt(start));
        }
        while (end > start && isInvisible(value.codePointBefore(end))) {
            end -= Character.charCount(value.codePointBefore(end));
        }
        return value.substring(start, end);
    }

    private static boolean isNonCharacter(int cp) {
        return (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE;
    }

    private static Problem unfit(String field, String what, int cp, int index) {
        return Problem.badInput(
                field, String.format("%s: contains %s (U+%04X) at position %d", field, what, cp, index));
    }
}
