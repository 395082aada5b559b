package org.draftingdesk.export;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import java.io.ByteArrayOutputStream;

/** The draft as a PDF for reading and printing. */
final class PdfWriter {

    private PdfWriter() {}

    static byte[] write(ExportDocument doc) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document pdf = new Document(PageSize.A4, 72, 72, 72, 72);
        com.lowagie.text.pdf.PdfWriter.getInstance(pdf, out);
        pdf.addTitle(doc.processTitle() + " — " + doc.revisionLabel());
        pdf.addCreator("Drafting Desk");
        pdf.open();
        Font normal = new Font(Font.TIMES_ROMAN, 12);
        Font italic = new Font(Font.TIMES_ROMAN, 12, Font.ITALIC);
        Font title = new Font(Font.TIMES_ROMAN, 13, Font.BOLD);
        Paragraph stage = new Paragraph(doc.revisionLabel() + (doc.date() == null ? "" : " — " + doc.date()), normal);
        stage.setAlignment(Element.ALIGN_CENTER);
        stage.setSpacingAfter(12);
        pdf.add(stage);
        Paragraph heading = new Paragraph(doc.processTitle(), title);
        heading.setAlignment(Element.ALIGN_CENTER);
        heading.setSpacingAfter(18);
        pdf.add(heading);
        Font small = new Font(Font.TIMES_ROMAN, 9);
        Font bold = new Font(Font.TIMES_ROMAN, 12, Font.BOLD);
        if (doc.intro() != null) {
            Paragraph intro = new Paragraph(doc.intro(), normal);
            intro.setFirstLineIndent(36);
            intro.setSpacingAfter(8);
            pdf.add(intro);
        }
        for (ExportDocument.Paragraph p : doc.paragraphs()) {
            if (p.heading() != null) {
                Paragraph h = new Paragraph(p.heading(), bold);
                h.setSpacingBefore(10);
                h.setSpacingAfter(6);
                h.setKeepTogether(true);
                pdf.add(h);
            }
            Phrase phrase = new Phrase();
            if (p.isPreambular()) {
                phrase.add(new Chunk(p.opening(), italic));
                phrase.add(new Chunk(p.rest(), normal));
            } else {
                phrase.add(new Chunk(p.number() + "  ", normal));
                phrase.add(new Chunk(p.text(), normal));
            }
            Paragraph para = new Paragraph(phrase);
            para.setAlignment(Element.ALIGN_JUSTIFIED);
            para.setSpacingAfter(8);
            if (p.isPreambular()) {
                para.setFirstLineIndent(36);
            } else {
                para.setIndentationLeft(36);
                para.setFirstLineIndent(-36);
            }
            pdf.add(para);
            for (String note : p.notes()) {
                Paragraph n = new Paragraph("Note: " + note, small);
                n.setIndentationLeft(36);
                n.setSpacingAfter(4);
                pdf.add(n);
            }
        }
        pdf.close();
        return out.toByteArray();
    }
}
