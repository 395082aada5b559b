package org.draftingdesk.document;

/** A line the importer removed, and why: shown before an import so a person can check it. */
public record Dropped(String text, String reason) {

    public static final String FURNITURE = "page furniture";
    public static final String FOOTNOTE = "footnote (kept as a note of its paragraph)";
    public static final String WRAPPER = "wrapper text (not part of the declaration)";
}
