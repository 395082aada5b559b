package org.draftingdesk.export;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.DefaultSplitCharacter;
import com.lowagie.text.pdf.PdfChunk;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * One serif family for every character of a PDF export: Liberation Serif (metric-compatible with
 * Times New Roman, from openpdf-fonts-extra), embedded as subsets with Identity-H so that curly
 * quotes, apostrophes, no-break spaces and accented letters stay in the same face.
 */
final class SerifFonts {

    /** U+2011 NON-BREAKING HYPHEN, which Liberation Serif has no glyph for. */
    static final char NON_BREAKING_HYPHEN = '\u2011';

    /** U+2010 HYPHEN, drawn in its place; lines never break after it (see {@link #SPLIT}). */
    static final char HYPHEN = '\u2010';

    private static final BaseFont REGULAR = load("LiberationSerif-Regular.ttf");
    private static final BaseFont BOLD = load("LiberationSerif-Bold.ttf");
    private static final BaseFont ITALIC = load("LiberationSerif-Italic.ttf");

    /** Lines break where the default rule says, except at a hyphen that stands for a non-breaking one. */
    static final com.lowagie.text.SplitCharacter SPLIT = new DefaultSplitCharacter() {
        @Override
        public boolean isSplitCharacter(int start, int current, int end, char[] cc, PdfChunk[] ck) {
            return getCurrentCharacter(current, cc, ck) != HYPHEN
                    && super.isSplitCharacter(start, current, end, cc, ck);
        }
    };

    private SerifFonts() {}

    static Font regular(float size) {
        return new Font(REGULAR, size);
    }

    static Font bold(float size) {
        return new Font(BOLD, size);
    }

    static Font italic(float size) {
        return new Font(ITALIC, size);
    }

    /** The text as the font can draw it: a non-breaking hyphen becomes a hyphen that never ends a line. */
    static String drawable(String text) {
        return text == null ? "" : text.replace(NON_BREAKING_HYPHEN, HYPHEN);
    }

    private static BaseFont load(String file) {
        try (InputStream in = SerifFonts.class.getClassLoader().getResourceAsStream("liberation/" + file)) {
            if (in == null) {
                throw new IllegalStateException("The font " + file + " is missing from openpdf-fonts-extra");
            }
            return BaseFont.createFont(
                    file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, BaseFont.NOT_CACHED, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
