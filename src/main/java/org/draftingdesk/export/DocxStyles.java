package org.draftingdesk.export;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The named styles of an exported declaration, in the document's styles part: a delegation
 * restyles every operative paragraph at once in Word, as with the documents it circulates.
 */
final class DocxStyles {

    static final String TITLE = "Title";
    static final String SYMBOL = "Subtitle";
    static final String HEADING = "Heading1";
    static final String CHAPEAU = "Chapeau";
    static final String PREAMBULAR = "PreambularParagraph";
    static final String OPERATIVE = "OperativeParagraph";
    static final String SUB_PARAGRAPH = "SubParagraph";
    static final String NOTE = "DraftersNote";
    static final String FOOTNOTE = "FootnoteText";

    private static final String FONT = "Times New Roman";
    private static final int TWIPS_HALF_INCH = 720;

    private DocxStyles() {}

    static void define(XWPFDocument word) {
        XWPFStyles styles = word.createStyles();
        CTStyles ct = CTStyles.Factory.newInstance();
        CTDocDefaults defaults = ct.addNewDocDefaults();
        CTRPr run = defaults.addNewRPrDefault().addNewRPr();
        fonts(run.addNewRFonts());
        run.addNewSz().setVal(BigInteger.valueOf(24));
        run.addNewSzCs().setVal(BigInteger.valueOf(24));
        run.addNewLang().setVal("en-GB");
        defaults.addNewPPrDefault().addNewPPr().addNewSpacing().setAfter(BigInteger.valueOf(160));
        styles.setStyles(ct);

        CTStyle normal = style(styles, "Normal", "Normal", null);
        normal.setDefault(Boolean.TRUE);
        styles.addStyle(new XWPFStyle(normal, styles));

        CTStyle title = style(styles, TITLE, "Title", "Normal");
        title.getPPr().addNewJc().setVal(STJc.CENTER);
        title.getPPr().getSpacing().setAfter(BigInteger.valueOf(240));
        title.addNewRPr().addNewB();
        title.getRPr().addNewSz().setVal(BigInteger.valueOf(26));
        add(styles, title);

        CTStyle symbol = style(styles, SYMBOL, "Subtitle", "Normal");
        symbol.getPPr().addNewJc().setVal(STJc.CENTER);
        symbol.getPPr().getSpacing().setAfter(BigInteger.valueOf(240));
        symbol.addNewRPr().addNewSz().setVal(BigInteger.valueOf(22));
        add(styles, symbol);

        CTStyle heading = style(styles, HEADING, "heading 1", "Normal");
        heading.getPPr().addNewKeepNext();
        heading.getPPr().getSpacing().setBefore(BigInteger.valueOf(240));
        heading.getPPr().addNewOutlineLvl().setVal(BigInteger.ZERO);
        heading.addNewRPr().addNewB();
        add(styles, heading);

        CTStyle chapeau = style(styles, CHAPEAU, "Chapeau", "Normal");
        chapeau.getPPr().addNewInd().setFirstLine(BigInteger.valueOf(TWIPS_HALF_INCH));
        chapeau.getPPr().addNewJc().setVal(STJc.BOTH);
        add(styles, chapeau);

        CTStyle preambular = style(styles, PREAMBULAR, "Preambular paragraph", "Normal");
        preambular.getPPr().addNewInd().setFirstLine(BigInteger.valueOf(TWIPS_HALF_INCH));
        preambular.getPPr().addNewJc().setVal(STJc.BOTH);
        add(styles, preambular);

        CTStyle operative = style(styles, OPERATIVE, "Operative paragraph", "Normal");
        operative.getPPr().addNewInd().setLeft(BigInteger.valueOf(TWIPS_HALF_INCH));
        operative.getPPr().getInd().setHanging(BigInteger.valueOf(TWIPS_HALF_INCH));
        operative.getPPr().addNewJc().setVal(STJc.BOTH);
        add(styles, operative);

        CTStyle sub = style(styles, SUB_PARAGRAPH, "Sub-paragraph", OPERATIVE);
        sub.getPPr().addNewInd().setLeft(BigInteger.valueOf(2 * TWIPS_HALF_INCH));
        sub.getPPr().getInd().setHanging(BigInteger.valueOf(TWIPS_HALF_INCH));
        add(styles, sub);

        CTStyle note = style(styles, NOTE, "Drafter's note", "Normal");
        note.getPPr().addNewInd().setLeft(BigInteger.valueOf(TWIPS_HALF_INCH));
        note.addNewRPr().addNewI();
        note.getRPr().addNewSz().setVal(BigInteger.valueOf(18));
        note.getRPr().addNewColor().setVal("595959");
        add(styles, note);

        CTStyle footnote = style(styles, FOOTNOTE, "footnote text", "Normal");
        footnote.getPPr().getSpacing().setAfter(BigInteger.ZERO);
        footnote.addNewRPr().addNewSz().setVal(BigInteger.valueOf(20));
        add(styles, footnote);
    }

    /** A quick-format paragraph style with its spacing element, to be given its properties and added. */
    static CTStyle style(XWPFStyles styles, String id, String name, String basedOn) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setType(STStyleType.PARAGRAPH);
        style.setStyleId(id);
        style.addNewName().setVal(name);
        if (basedOn != null) {
            style.addNewBasedOn().setVal(basedOn);
        }
        style.addNewQFormat();
        CTPPrGeneral paragraph = style.addNewPPr();
        paragraph.addNewSpacing();
        return style;
    }

    static void add(XWPFStyles styles, CTStyle style) {
        styles.addStyle(new XWPFStyle(style, styles));
    }

    /** The one serif family of every export, for every script. */
    static void fonts(CTFonts fonts) {
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        fonts.setEastAsia(FONT);
    }
}
