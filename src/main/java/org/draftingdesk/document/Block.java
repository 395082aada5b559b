package org.draftingdesk.document;

import java.util.List;

/**
 * One block of a document after layout recovery: a heading, a paragraph, a list item (a
 * sub-paragraph such as "(a) …" or a bullet) or a table row, with the notes (footnotes) its text
 * referred to and the page it starts on (1-based; 0 when the format has no pages).
 */
public record Block(Kind kind, String text, List<String> notes, int page) {

    public enum Kind {
        HEADING,
        PARAGRAPH,
        LIST_ITEM,
        TABLE
    }

    public Block {
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    public static Block of(Kind kind, String text) {
        return new Block(kind, text, List.of(), 0);
    }

    public boolean isHeading() {
        return kind == Kind.HEADING;
    }
}
