package org.draftingdesk.export;

import java.time.LocalDate;
import java.util.List;

/** What every export format writes: a revision's (or the working draft's) clean text. */
public record ExportDocument(
        long processId,
        String processTitle,
        String revisionLabel,
        LocalDate date,
        List<Paragraph> paragraphs,
        String intro) {

    public ExportDocument(
            long processId, String processTitle, String revisionLabel, LocalDate date, List<Paragraph> paragraphs) {
        this(processId, processTitle, revisionLabel, date, paragraphs, null);
    }

    /**
     * A paragraph: preambular ones open with an italic participle, operative ones are numbered; it
     * may have a section heading before it and footnotes; {@code agreedNote} (or null) says where
     * its wording was agreed before.
     */
    public record Paragraph(
            String kind,
            String label,
            String number,
            String text,
            String heading,
            List<String> notes,
            String agreedNote) {
        public Paragraph {
            notes = notes == null ? List.of() : List.copyOf(notes);
        }

        public Paragraph(String kind, String label, String number, String text) {
            this(kind, label, number, text, null, List.of(), null);
        }

        public boolean isPreambular() {
            return "PP".equals(kind);
        }

        /** The opening word of a preambular paragraph (set in italics), or "". */
        public String opening() {
            if (!isPreambular()) {
                return "";
            }
            int space = text.indexOf(' ');
            return space > 0 ? text.substring(0, space) : "";
        }

        public String rest() {
            return text.substring(opening().length());
        }
    }
}
