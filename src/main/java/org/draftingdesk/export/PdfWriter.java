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
        com.lowagie.text.pdf.PdfWriter writer = com.lowagie.text.pdf.PdfWriter.getInstance(pdf, out);
        // Justified lines widen the spaces between words only, never the gaps between letters.
        writer.setSpaceCharRatio(com.lowagie.text.pdf.PdfWriter.NO_SPACE_CHAR_RATIO);
        pdf.addTitle(doc.processTitle() + " — " + doc.revisionLabel());
        pdf.addCreator("Drafting Desk");
        pdf.open();
        Font normal = SerifFonts.regular(12);
        Font italic = SerifFonts.italic(12);
        Font title = SerifFonts.bold(13);
        Paragraph stage =
                new Paragraph(text(doc.revisionLabel() + (doc.date() == null ? "" : " — " + doc.date()), normal));
        stage.setAlignment(Element.ALIGN_CENTER);
        stage.setSpacingAfter(12);
        pdf.add(stage);
        Paragraph heading = new Paragraph(text(doc.processTitle(), title));
        heading.setAlignment(Element.ALIGN_CENTER);
        heading.setSpacingAfter(18);
        pdf.add(heading);
        Font small = SerifFonts.regular(9);
        Font bold = SerifFonts.bold(12);
        if (doc.intro() != null) {
            Paragraph intro = new Paragraph(text(doc.intro(), normal));
            intro.setFirstLineIndent(36);
            intro.setSpacingAfter(8);
            pdf.add(intro);
        }
        for (ExportDocument.Paragraph p : doc.paragraphs()) {
            if (p.heading() != null) {
                Paragraph h = new Paragraph(text(p.heading(), bold));
                h.setSpacingBefore(10);
                h.setSpacingAfter(6);
                h.setKeepTogether(true);
                pdf.add(h);
            }
            Phrase phrase = new Phrase();
            // The paragraph's own font (its spacing and line ends) is the serif too, never the default Helvetica.
            phrase.setFont(normal);
            if (p.isPreambular()) {
                phrase.add(text(p.opening(), italic));
                phrase.add(text(p.rest(), normal));
            } else {
                phrase.add(text(p.number() + "  ", normal));
                phrase.add(text(p.text(), normal));
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
                Paragraph n = new Paragraph(text("Note: " + note, small));
                n.setIndentationLeft(36);
                n.setSpacingAfter(4);
                pdf.add(n);
            }
        }
        pdf.close();
        return out.toByteArray();
    }

    /** A run of text in one of the serif fonts, drawable and broken into lines only where it may be. */
    private static Chunk text(String text, Font font) {
        Chunk chunk = new Chunk(SerifFonts.drawable(text), font);
        chunk.setSplitCharacter(SerifFonts.SPLIT);
        return chunk;
    }
}
