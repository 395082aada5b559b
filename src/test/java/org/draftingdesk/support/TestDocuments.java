package org.draftingdesk.support;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * Makes the documents co-facilitators actually receive, from a tidy text: PDFs in two layouts
 * (OpenPDF), Word files in two styles (POI), and the text a PDF-to-text tool gives. The tidy text
 * is read simply: {@code #}/bold lines are headings, tab-separated lines are table rows, the rest
 * are paragraphs; HTML tags are dropped.
 */
public final class TestDocuments {

    public enum Kind {
        HEADING,
        PARAGRAPH,
        ROW
    }

    public record Part(Kind kind, String text) {}

    private TestDocuments() {}

    public static List<Part> parts(String tidy) {
        List<Part> parts = new ArrayList<>();
        for (String raw : tidy.replace("\r", "").split("\n")) {
            String line =
                    raw.replaceAll("<[^>]+>", " ").replaceAll("[ \u00A0]+", " ").strip();
            if (line.isEmpty()) {
                continue;
            }
            if (raw.indexOf('\t') >= 0) {
                parts.add(new Part(
                        Kind.ROW,
                        raw.replaceAll("<[^>]+>", " ").replaceAll(" +", " ").strip()));
            } else if (line.startsWith("#") || line.startsWith("**") && line.endsWith("**")) {
                parts.add(new Part(
                        Kind.HEADING,
                        line.replaceAll("^#+\\s*", "").replace("**", "").strip()));
            } else {
                parts.add(new Part(Kind.PARAGRAPH, line.replace("**", "")));
            }
        }
        return parts;
    }

    // --- PDF

    /** Layout A: Times, justified, a running header on every page and "n/N" page numbers at the foot. */
    public static byte[] pdfWithRunningHeader(String tidy, String header) {
        int pages = pageCount(pdf(tidy, header, 0, true));
        return pdf(tidy, header, pages, true);
    }

    /** Layout B: Helvetica, ragged right, narrower page, "- n -" at the top, no header. */
    public static byte[] pdfPlain(String tidy) {
        return pdf(tidy, null, 0, false);
    }

    private static byte[] pdf(String tidy, String header, int totalPages, boolean layoutA) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc =
                layoutA ? new Document(PageSize.A4, 72, 72, 90, 72) : new Document(PageSize.LETTER, 90, 90, 80, 60);
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        int family = layoutA ? Font.TIMES_ROMAN : Font.HELVETICA;
        Font body = new Font(family, layoutA ? 11 : 10);
        Font bold = new Font(family, layoutA ? 12 : 10, Font.BOLD);
        Font small = new Font(family, 8);
        writer.setPageEvent(new PdfPageEventHelper() {
            @Override
            public void onEndPage(PdfWriter w, Document d) {
                PdfContentByte cb = w.getDirectContent();
                int n = w.getPageNumber();
                if (layoutA) {
                    ColumnText.showTextAligned(
                            cb,
                            Element.ALIGN_LEFT,
                            new com.lowagie.text.Phrase(header, small),
                            d.left(),
                            d.top() + 30,
                            0);
                    ColumnText.showTextAligned(
                            cb,
                            Element.ALIGN_RIGHT,
                            new com.lowagie.text.Phrase(n + "/" + Math.max(totalPages, n), small),
                            d.right(),
                            d.bottom() - 30,
                            0);
                } else {
                    ColumnText.showTextAligned(
                            cb,
                            Element.ALIGN_CENTER,
                            new com.lowagie.text.Phrase("- " + n + " -", small),
                            (d.left() + d.right()) / 2,
                            d.top() + 25,
                            0);
                }
            }
        });
        doc.open();
        for (Part part : parts(tidy)) {
            Paragraph p;
            switch (part.kind()) {
                case HEADING -> {
                    p = new Paragraph(part.text(), bold);
                    p.setSpacingBefore(10);
                    p.setSpacingAfter(6);
                }
                case ROW -> {
                    p = new Paragraph(part.text().replace('\t', ' '), body);
                    p.setSpacingAfter(4);
                }
                default -> {
                    p = new Paragraph(new Chunk(part.text(), body));
                    p.setAlignment(layoutA ? Element.ALIGN_JUSTIFIED : Element.ALIGN_LEFT);
                    p.setSpacingAfter(8);
                    if (layoutA) {
                        p.setFirstLineIndent(18);
                    }
                }
            }
            doc.add(p);
        }
        doc.close();
        return out.toByteArray();
    }

    private static int pageCount(byte[] pdf) {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            return d.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The text a PDF-to-text tool gives: hard-wrapped lines, no blank line between paragraphs, a
     * form feed after each page (as {@code pdftotext} writes it).
     */
    public static String pdfToText(byte[] pdf) {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(false);
            stripper.setLineSeparator("\n");
            stripper.setPageEnd("\f");
            return stripper.getText(d);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // --- Word

    /** Word as its users write it: Heading styles, numbered headings by automatic numbering, tables. */
    public static byte[] docxStyled(String tidy) {
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            BigInteger numId = decimalNumbering(doc);
            XWPFTable table = null;
            for (Part part : parts(tidy)) {
                if (part.kind() == Kind.ROW) {
                    String[] cells = part.text().split("\t");
                    if (table == null) {
                        table = doc.createTable(1, cells.length);
                        fill(table.getRow(0).getTableCells(), cells);
                    } else {
                        var row = table.createRow();
                        fill(row.getTableCells(), cells);
                    }
                    continue;
                }
                table = null;
                XWPFParagraph p = doc.createParagraph();
                String text = part.text();
                if (part.kind() == Kind.HEADING) {
                    var numbered = java.util.regex.Pattern.compile("^(\\d{1,4})\\.\\s+(.*)$")
                            .matcher(text);
                    p.setStyle("Heading2");
                    if (numbered.matches()) {
                        p.setNumID(numId);
                        text = numbered.group(2);
                    }
                }
                XWPFRun run = p.createRun();
                run.setText(text);
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Word typed without styles: numbers typed, headings only bold. */
    public static byte[] docxPlain(String tidy) {
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (Part part : parts(tidy)) {
                XWPFParagraph p = doc.createParagraph();
                XWPFRun run = p.createRun();
                run.setText(part.text().replace('\t', ' '));
                run.setBold(part.kind() == Kind.HEADING);
            }
            doc.createHeader(org.apache.poi.wp.usermodel.HeaderFooterType.DEFAULT)
                    .createParagraph()
                    .createRun()
                    .setText("Running header of the Word file");
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void fill(List<org.apache.poi.xwpf.usermodel.XWPFTableCell> cells, String[] texts) {
        for (int i = 0; i < cells.size() && i < texts.length; i++) {
            cells.get(i).setText(texts[i].strip());
        }
    }

    private static BigInteger decimalNumbering(XWPFDocument doc) {
        CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
        abstractNum.setAbstractNumId(BigInteger.ZERO);
        CTLvl lvl = abstractNum.addNewLvl();
        lvl.setIlvl(BigInteger.ZERO);
        lvl.addNewNumFmt().setVal(STNumberFormat.DECIMAL);
        lvl.addNewLvlText().setVal("%1.");
        lvl.addNewStart().setVal(BigInteger.ONE);
        XWPFNumbering numbering = doc.createNumbering();
        BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(abstractNum));
        return numbering.addNum(abstractId);
    }
}
