package org.draftingdesk.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.draftingdesk.document.Block.Kind;
import org.draftingdesk.problem.Problem;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFtnEdnRef;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;

/**
 * A Word document read the way Word knows it (Apache POI): heading styles are headings, automatic
 * numbering gives the number a reader sees ("1.", "(a)"), footnotes are notes of the paragraph that
 * refers to them, and headers and footers are furniture, never text.
 */
final class DocxBlocks {

    private DocxBlocks() {}

    static RecoveredDocument read(byte[] body) {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(body))) {
            return new DocxBlocks.Reader(doc).read();
        } catch (org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException
                | org.apache.poi.ooxml.POIXMLException e) {
            throw Problem.unsupported("The file is a zip archive but not a Word (.docx) document");
        } catch (IOException | RuntimeException e) {
            if (e instanceof Problem p) {
                throw p;
            }
            throw Problem.unprocessable("The file is not a readable Word document (damaged or incomplete)");
        }
    }

    private static final class Reader {
        private final XWPFDocument doc;
        private final Map<String, int[]> counters = new HashMap<>();
        private final List<Block> blocks = new ArrayList<>();
        private final List<Dropped> dropped = new ArrayList<>();

        Reader(XWPFDocument doc) {
            this.doc = doc;
        }

        RecoveredDocument read() {
            if (doc.getDocument() == null || doc.getDocument().getBody() == null) {
                throw Problem.unsupported("The file is a zip archive but not a Word (.docx) document");
            }
            for (IBodyElement element : doc.getBodyElements()) {
                if (element instanceof XWPFParagraph p) {
                    paragraph(p);
                } else if (element instanceof XWPFTable t) {
                    table(t);
                }
            }
            for (XWPFHeaderFooter hf : doc.getHeaderList()) {
                furniture(hf);
            }
            for (XWPFHeaderFooter hf : doc.getFooterList()) {
                furniture(hf);
            }
            return new RecoveredDocument(DocumentFormat.DOCX, blocks, dropped, null);
        }

        private void furniture(XWPFHeaderFooter part) {
            for (String line : part.getText().split("\n")) {
                if (!line.isBlank()) {
                    dropped.add(new Dropped(line.strip(), Dropped.FURNITURE));
                }
            }
        }

        private void paragraph(XWPFParagraph p) {
            StringBuilder text = new StringBuilder();
            List<String> notes = new ArrayList<>();
            for (XWPFRun run : p.getRuns()) {
                for (CTFtnEdnRef ref : run.getCTR().getFootnoteReferenceList()) {
                    String note = footnote(ref.getId());
                    if (note != null) {
                        notes.add(note);
                    }
                }
                if (run.getCTR().sizeOfFootnoteReferenceArray() == 0) {
                    text.append(run.text());
                }
            }
            String t = text.toString()
                    .replace('\u00A0', ' ')
                    .replaceAll("[ \\t]+", " ")
                    .strip();
            if (t.isEmpty()) {
                return;
            }
            String style = styleName(p);
            boolean heading = style.startsWith("heading")
                    || style.equals("title")
                    || style.equals("subtitle")
                    || p.getCTP().getPPr() != null && p.getCTP().getPPr().getOutlineLvl() != null;
            String number = number(p);
            Kind kind = heading ? Kind.HEADING : Kind.PARAGRAPH;
            if (number != null) {
                if (number.startsWith("(") || number.equals("\u2022")) {
                    kind = heading ? kind : Kind.LIST_ITEM;
                }
                t = number + " " + t;
            }
            blocks.add(new Block(kind, t, notes, 0));
        }

        private String footnote(BigInteger id) {
            XWPFFootnote note = doc.getFootnoteByID(id.intValue());
            if (note == null) {
                return null;
            }
            StringBuilder text = new StringBuilder();
            for (XWPFParagraph p : note.getParagraphs()) {
                String t = p.getText().strip();
                if (!t.isEmpty()) {
                    text.append(text.length() > 0 ? " " : "").append(t);
                }
            }
            if (text.length() > 0) {
                dropped.add(new Dropped(text.toString(), Dropped.FOOTNOTE));
            }
            return text.length() == 0 ? null : text.toString();
        }

        private String styleName(XWPFParagraph p) {
            String id = p.getStyleID();
            if (id == null || doc.getStyles() == null) {
                return id == null ? "" : id.toLowerCase(Locale.ROOT).replace("heading", "heading ");
            }
            XWPFStyle style = doc.getStyles().getStyle(id);
            String name = style == null || style.getName() == null ? id : style.getName();
            return name.toLowerCase(Locale.ROOT);
        }

        /** The number Word shows before a paragraph of an automatically numbered list, or null. */
        private String number(XWPFParagraph p) {
            BigInteger numId = p.getNumID();
            if (numId == null || numId.signum() == 0) {
                return null;
            }
            int level = p.getNumIlvl() == null ? 0 : p.getNumIlvl().intValue();
            CTLvl lvl = level(numId, level);
            String format = lvl != null && lvl.getNumFmt() != null
                    ? lvl.getNumFmt().getVal().toString()
                    : "decimal";
            String pattern =
                    lvl != null && lvl.getLvlText() != null ? lvl.getLvlText().getVal() : "%" + (level + 1) + ".";
            if ("bullet".equals(format)) {
                return "\u2022";
            }
            int start = lvl != null && lvl.getStart() != null
                    ? lvl.getStart().getVal().intValue()
                    : 1;
            int[] counts = counters.computeIfAbsent(numId.toString(), k -> new int[9]);
            counts[level] = counts[level] == 0 ? start : counts[level] + 1;
            for (int deeper = level + 1; deeper < counts.length; deeper++) {
                counts[deeper] = 0;
            }
            String shown = pattern;
            for (int l = 0; l <= level; l++) {
                shown = shown.replace("%" + (l + 1), format(l == level ? format : "decimal", Math.max(1, counts[l])));
            }
            return shown.strip();
        }

        private CTLvl level(BigInteger numId, int level) {
            try {
                XWPFNumbering numbering = doc.getNumbering();
                if (numbering == null) {
                    return null;
                }
                BigInteger abstractId = numbering.getAbstractNumID(numId);
                XWPFAbstractNum abstractNum = abstractId == null ? null : numbering.getAbstractNum(abstractId);
                if (abstractNum == null) {
                    return null;
                }
                for (CTLvl lvl : abstractNum.getCTAbstractNum().getLvlArray()) {
                    if (lvl.getIlvl().intValue() == level) {
                        return lvl;
                    }
                }
            } catch (RuntimeException e) {
                return null;
            }
            return null;
        }

        private static String format(String format, int n) {
            return switch (format) {
                case "lowerLetter" -> letters(n);
                case "upperLetter" -> letters(n).toUpperCase(Locale.ROOT);
                case "lowerRoman" -> roman(n);
                case "upperRoman" -> roman(n).toUpperCase(Locale.ROOT);
                default -> String.valueOf(n);
            };
        }

        private static String letters(int n) {
            StringBuilder s = new StringBuilder();
            int k = n;
            while (k > 0) {
                k--;
                s.insert(0, (char) ('a' + k % 26));
                k /= 26;
            }
            return s.toString();
        }

        private static String roman(int n) {
            String[] r = {"m", "cm", "d", "cd", "c", "xc", "l", "xl", "x", "ix", "v", "iv", "i"};
            int[] v = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
            StringBuilder s = new StringBuilder();
            int k = n;
            for (int i = 0; i < v.length; i++) {
                while (k >= v[i]) {
                    s.append(r[i]);
                    k -= v[i];
                }
            }
            return s.toString();
        }

        private void table(XWPFTable table) {
            for (XWPFTableRow row : table.getRows()) {
                List<String> cells = new ArrayList<>();
                for (XWPFTableCell cell : row.getTableCells()) {
                    cells.add(cell.getText()
                            .replace('\n', ' ')
                            .replaceAll("\\s+", " ")
                            .strip());
                }
                String t = String.join("\t", cells).strip();
                if (!t.isEmpty()) {
                    blocks.add(new Block(Kind.TABLE, t, List.of(), 0));
                }
            }
        }
    }
}
