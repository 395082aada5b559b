package org.draftingdesk.document;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.draftingdesk.document.Line.Style;
import org.draftingdesk.problem.Problem;

/**
 * The lines of a PDF's text layer with where they stand (Apache PDFBox): each line's page, its
 * vertical gap from the line above, and its type size and weight against the body text.
 */
final class PdfLines {

    private record Raw(String text, int page, float x, float y, float size, boolean bold) {}

    private PdfLines() {}

    static List<List<Line>> read(byte[] body) {
        List<Raw> raws;
        int pageCount;
        try (PDDocument pdf = Loader.loadPDF(body)) {
            pageCount = pdf.getNumberOfPages();
            Collector collector = new Collector();
            collector.setSortByPosition(false);
            collector.getText(pdf);
            raws = collector.lines;
        } catch (InvalidPasswordException e) {
            throw Problem.unprocessable(
                    "The PDF is protected by a password: remove the protection and upload it again");
        } catch (IOException | RuntimeException e) {
            if (e instanceof Problem p) {
                throw p;
            }
            throw Problem.unprocessable("The file is not a readable PDF (damaged or incomplete)");
        }
        long characters = raws.stream()
                .mapToLong(r -> r.text().replaceAll("\\s", "").length())
                .sum();
        if (pageCount == 0 || characters < 20L * pageCount && characters < 200) {
            throw Problem.unprocessable("The PDF has no text layer (a scanned image?): run it through text "
                    + "recognition (OCR) first, or upload the Word or text version");
        }
        return lines(raws);
    }

    private static List<List<Line>> lines(List<Raw> raws) {
        Map<Integer, Integer> sizeWeights = new HashMap<>();
        for (Raw r : raws) {
            sizeWeights.merge(Math.round(r.size() * 2), r.text().length(), Integer::sum);
        }
        float body = sizeWeights.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(e -> e.getKey() / 2f)
                .orElse(11f);
        List<Float> spacings = new ArrayList<>();
        for (int i = 1; i < raws.size(); i++) {
            Raw a = raws.get(i - 1);
            Raw b = raws.get(i);
            if (a.page() == b.page() && Math.abs(a.size() - body) < 0.6 && Math.abs(b.size() - body) < 0.6) {
                float dy = b.y() - a.y();
                if (dy > 0) {
                    spacings.add(dy);
                }
            }
        }
        spacings.sort(Float::compare);
        float spacing = spacings.isEmpty() ? body * 1.2f : spacings.get(spacings.size() / 2);

        List<List<Line>> pages = new ArrayList<>();
        int page = 0;
        Raw previous = null;
        for (Raw r : raws) {
            while (pages.size() < r.page()) {
                pages.add(new ArrayList<>());
                previous = null;
            }
            page = r.page();
            boolean gap = previous != null
                    && r.y() - previous.y()
                            > spacing * 1.45f * Math.max(1f, Math.max(r.size(), previous.size()) / body);
            Style style = r.bold() || r.size() >= body * 1.15f
                    ? Style.HEADING
                    : r.size() <= body * 0.88f ? Style.SMALL : Style.BODY;
            pages.get(page - 1).add(new Line(r.text(), page, gap, false, style));
            previous = r;
        }
        return pages;
    }

    /** Collects each line's words with the position and font of its first characters. */
    private static final class Collector extends PDFTextStripper {
        final List<Raw> lines = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private final List<TextPosition> positions = new ArrayList<>();

        Collector() throws IOException {
            super();
        }

        @Override
        protected void writeString(String string, List<TextPosition> textPositions) {
            text.append(string);
            positions.addAll(textPositions);
        }

        @Override
        protected void writeWordSeparator() {
            text.append(' ');
        }

        @Override
        protected void writeLineSeparator() {
            flush();
        }

        @Override
        protected void writePageEnd() {
            flush();
        }

        private void flush() {
            String t = text.toString().replace('\u00A0', ' ').strip();
            if (!t.isEmpty() && !positions.isEmpty()) {
                TextPosition first = positions.get(0);
                List<Float> sizes = new ArrayList<>();
                int bold = 0;
                for (TextPosition p : positions) {
                    sizes.add(p.getFontSizeInPt());
                    String font = p.getFont() == null || p.getFont().getName() == null
                            ? ""
                            : p.getFont().getName();
                    if (font.contains("Bold") || font.contains("bold") || font.contains(",B")) {
                        bold++;
                    }
                }
                sizes.sort(Float::compare);
                lines.add(new Raw(
                        t,
                        getCurrentPageNo(),
                        first.getXDirAdj(),
                        first.getYDirAdj(),
                        sizes.get(sizes.size() / 2),
                        bold * 5 >= positions.size() * 4));
            }
            text.setLength(0);
            positions.clear();
        }
    }
}
