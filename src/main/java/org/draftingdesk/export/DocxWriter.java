package org.draftingdesk.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * The draft as a Word document, laid out as delegations know UN drafts. Layout lives in named
 * styles ({@link DocxStyles}), not on each paragraph, so that Word users restyle it as they do theirs.
 */
final class DocxWriter {

    private DocxWriter() {}

    static byte[] write(ExportDocument doc) {
        try (XWPFDocument word = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            DocxStyles.define(word);
            word.getProperties().getCoreProperties().setTitle(doc.processTitle() + " — " + doc.revisionLabel());
            word.getProperties().getCoreProperties().setCreator("Drafting Desk");
            run(
                    paragraph(word, DocxStyles.SYMBOL),
                    doc.revisionLabel() + (doc.date() == null ? "" : " — " + doc.date()),
                    false);
            run(paragraph(word, DocxStyles.TITLE), doc.processTitle(), false);
            if (doc.intro() != null) {
                run(paragraph(word, DocxStyles.CHAPEAU), doc.intro(), false);
            }
            for (ExportDocument.Paragraph p : doc.paragraphs()) {
                if (p.heading() != null) {
                    run(paragraph(word, DocxStyles.HEADING), p.heading(), false);
                }
                XWPFParagraph para;
                if (p.isPreambular()) {
                    para = paragraph(word, DocxStyles.PREAMBULAR);
                    run(para, p.opening(), true);
                    run(para, p.rest(), false);
                } else {
                    SubParagraphs parts = SubParagraphs.of(p.text());
                    para = paragraph(word, DocxStyles.OPERATIVE);
                    run(para, p.number() + "\t", false);
                    run(para, parts.lead(), false);
                    for (SubParagraphs.Sub sub : parts.subs()) {
                        run(paragraph(word, DocxStyles.SUB_PARAGRAPH), sub.marker() + "\t" + sub.text(), false);
                    }
                }
                for (String note : p.notes()) {
                    footnote(word, para, note);
                }
                if (p.agreedNote() != null) {
                    run(paragraph(word, DocxStyles.NOTE), "[" + p.agreedNote() + "]", false);
                }
            }
            word.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static XWPFParagraph paragraph(XWPFDocument word, String style) {
        XWPFParagraph para = word.createParagraph();
        para.setStyle(style);
        return para;
    }

    /** A real Word footnote, so a delegation sees it where Word puts notes. */
    private static void footnote(XWPFDocument word, XWPFParagraph para, String text) {
        word.createFootnotes();
        org.apache.poi.xwpf.usermodel.XWPFFootnote note = word.createFootnote();
        XWPFParagraph notePara = note.createParagraph();
        notePara.setStyle(DocxStyles.FOOTNOTE);
        notePara.createRun().setText(XmlText.clean(text));
        para.addFootnoteReference(note);
    }

    private static void run(XWPFParagraph para, String text, boolean italic) {
        XWPFRun run = para.createRun();
        if (italic) {
            run.setItalic(true);
        }
        run.setText(XmlText.clean(text));
    }
}
