package org.draftingdesk.document;

/**
 * A line as a reader found it: its text, its page (1-based), and what the layout says of it where
 * the format tells (a PDF does; text does not): a vertical gap before it, a first-line indent, and
 * its type style compared with the page's body text.
 */
record Line(String text, int page, boolean gapBefore, boolean indented, Style style) {

    enum Style {
        /** Nothing known about the type: text input. */
        UNKNOWN,
        BODY,
        /** Bold or larger than the body text. */
        HEADING,
        /** Smaller than the body text: footnotes, captions. */
        SMALL
    }

    static Line plain(String text, int page, boolean gapBefore) {
        return new Line(text, page, gapBefore, false, Style.UNKNOWN);
    }

    boolean isBlank() {
        return text.isBlank();
    }
}
