package org.draftingdesk.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/** The draft as a Word document, laid out as delegations know UN drafts. */
final class DocxWriter {

    private static final String FONT = "Times New Roman";

    private DocxWriter() {}

    static byte[] write(ExportDocument doc) {
        try (XWPFDocument word = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            word.getProperties().getCoreProperties().setTitle(doc.processTitle() + " — " + doc.revisionLabel());
            word.getProperties().getCoreProperties().setCreator("Drafting Desk");
            centred(word, doc.revisionLabel() + (doc.date() == null ? "" : " — " + doc.date()), false, 11);
            centred(word, doc.processTitle(), true, 13);
            if (doc.intro() != null) {
                XWPFParagraph intro = word.createParagraph();
                intro.setSpacingAfter(160);
                intro.setIndentationFirstLine(720);
                run(intro, doc.intro(), false);
            }
            for (ExportDocument.Paragraph p : doc.paragraphs()) {
                if (p.heading() != null) {
                    XWPFParagraph heading = word.createParagraph();
                    heading.setSpacingBefore(240);
                    heading.setSpacingAfter(160);
                    heading.setKeepNext(true);
                    XWPFRun h = heading.createRun();
                    h.setFontFamily(FONT);
                    h.setFontSize(12);
                    h.setBold(true);
                    h.setText(p.heading());
                }
                XWPFParagraph para = word.createParagraph();
                para.setSpacingAfter(160);
                para.setAlignment(ParagraphAlignment.BOTH);
                if (p.isPreambular()) {
                    para.setIndentationFirstLine(720);
                    run(para, p.opening(), true);
                    run(para, p.rest(), false);
                } else {
                    para.setIndentationLeft(720);
                    para.setIndentationHanging(720);
                    run(para, p.number() + "\t", false);
                    run(para, p.text(), false);
                }
                for (String note : p.notes()) {
                    footnote(word, para, note);
                }
                if (p.agreedNote() != null) {
                    note(word, p.agreedNote());
                }
            }
            word.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void centred(XWPFDocument word, String text, boolean bold, int size) {
        XWPFParagraph para = word.createParagraph();
        para.setAlignment(ParagraphAlignment.CENTER);
        para.setSpacingAfter(240);
        XWPFRun run = para.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        run.setText(XmlText.clean(text));
    }

    /** A real Word footnote, so a delegation sees it where Word puts notes. */
    private static void footnote(XWPFDocument word, XWPFParagraph para, String text) {
        word.createFootnotes();
        org.apache.poi.xwpf.usermodel.XWPFFootnote note = word.createFootnote();
        XWPFParagraph notePara = note.createParagraph();
        XWPFRun r = notePara.createRun();
        r.setFontFamily(FONT);
        r.setFontSize(10);
        r.setText(text);
        para.addFootnoteReference(note);
    }

    /** A small grey line under the paragraph, as a drafter's note beside the text. */
    private static void note(XWPFDocument word, String text) {
        XWPFParagraph para = word.createParagraph();
        para.setIndentationLeft(720);
        para.setSpacingAfter(160);
        XWPFRun run = para.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(9);
        run.setItalic(true);
        run.setColor("595959");
        run.setText("[" + text + "]");
    }

    private static void run(XWPFParagraph para, String text, boolean italic) {
        XWPFRun run = para.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(12);
        run.setItalic(italic);
        run.setText(XmlText.clean(text));
    }
}
