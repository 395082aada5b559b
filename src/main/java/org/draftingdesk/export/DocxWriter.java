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

    private DocxWriter() {
    }

    static byte[] write(ExportDocument doc) {
        try (XWPFDocument word = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            word.getProperties().getCoreProperties().setTitle(doc.processTitle() + " — " + doc.revisionLabel());
            word.getProperties().getCoreProperties().setCreator("Drafting Desk");
            centred(word, doc.revisionLabel() + (doc.date() == null ? "" : " — " + doc.date()), false, 11);
            centred(word, doc.processTitle(), true, 13);
            for (ExportDocument.Paragraph p : doc.paragraphs()) {
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
                if (p.note() != null) {
                    note(word, p.note());
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
        run.setText(text);
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
        run.setText(text);
    }
}
