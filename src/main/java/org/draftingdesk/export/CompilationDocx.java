package org.draftingdesk.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.draftingdesk.comment.CommentViews.CommentView;
import org.draftingdesk.comment.CommentViews.Compilation;
import org.draftingdesk.comment.CommentViews.CompiledClause;
import org.draftingdesk.draft.WordDiff;
import org.draftingdesk.export.CompilationExport.LinkedRecommendation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;

/**
 * The compilation text as the Word document co-facilitators circulate: per paragraph its text, the
 * recommendations it answers, then every comment and amendment by delegation with supporters,
 * opponents and the decision. Every paragraph carries a named style (below), so a delegation restyles
 * the whole document as Word users do; added words are bold and underlined, deleted ones struck through,
 * as in the compilations delegations know.
 */
final class CompilationDocx {

    /** The named paragraph styles: id, then the name Word shows. */
    static final String TITLE = "CompilationTitle";

    static final String SUBTITLE = "CompilationSubtitle";
    static final String CLAUSE_LABEL = "CompilationClauseLabel";
    static final String CLAUSE_TEXT = "CompilationClauseText";
    static final String RECOMMENDATION = "CompilationRecommendation";
    static final String PROPOSAL = "CompilationProposal";
    static final String PROPOSAL_NOTE = "CompilationProposalNote";
    static final String POSITIONS = "CompilationPositions";
    static final String DECISION = "CompilationDecision";
    static final String NOTHING = "CompilationNothing";

    private static final int SHORT = 240;

    private CompilationDocx() {}

    static byte[] write(String processTitle, Compilation compilation, Map<Long, List<LinkedRecommendation>> links) {
        try (XWPFDocument word = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            word.getProperties()
                    .getCoreProperties()
                    .setTitle(processTitle + " — " + compilation.revisionLabel() + " — compilation");
            word.getProperties().getCoreProperties().setCreator("Drafting Desk");
            styles(word);
            para(word, TITLE, "Compilation of comments and amendments");
            para(word, SUBTITLE, processTitle + " — " + compilation.revisionLabel());
            para(
                    word,
                    NOTHING,
                    compilation.count() + " comments and proposed amendments on "
                            + compilation.clauses().size() + " paragraphs.");
            for (CompiledClause clause : compilation.clauses()) {
                para(word, CLAUSE_LABEL, clause.label());
                para(word, CLAUSE_TEXT, clause.text());
                for (LinkedRecommendation link : links.getOrDefault(clause.clauseId(), List.of())) {
                    para(word, RECOMMENDATION, recommendation(link));
                }
                if (clause.comments().isEmpty()) {
                    para(word, NOTHING, "No comments or amendments.");
                }
                for (CommentView m : clause.comments()) {
                    proposal(word, m);
                }
            }
            word.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void proposal(XWPFDocument word, CommentView m) {
        boolean amendment = m.amendment() != null;
        XWPFParagraph p = word.createParagraph();
        p.setStyle(PROPOSAL);
        XWPFRun who = p.createRun();
        who.setBold(true);
        who.setText(XmlText.clean((amendment ? "Amendment" : "Comment") + " #" + m.id() + " — " + m.delegation()
                + (amendment ? ": " : "")));
        if (amendment) {
            for (WordDiff.Segment s : m.change()) {
                XWPFRun r = p.createRun();
                r.setText(XmlText.clean(s.text()));
                if (WordDiff.INSERT.equals(s.op())) {
                    r.setBold(true);
                    r.setUnderline(org.apache.poi.xwpf.usermodel.UnderlinePatterns.SINGLE);
                } else if (WordDiff.DELETE.equals(s.op())) {
                    r.setStrikeThrough(true);
                }
            }
        }
        if (m.text() != null) {
            para(word, PROPOSAL_NOTE, m.text());
        }
        para(word, POSITIONS, "Supported by: " + names(m.supporters()) + ". Opposed by: " + names(m.opponents()) + ".");
        para(word, DECISION, decision(m));
    }

    static String decision(CommentView m) {
        StringBuilder s = new StringBuilder("Decision: ").append(m.status());
        if (m.decidedBy() != null) {
            s.append(" (").append(m.decidedBy()).append(')');
        }
        if (m.decisionReason() != null) {
            s.append(": ").append(m.decisionReason());
        }
        if (m.mergedInto() != null) {
            s.append(". Merged wording of ")
                    .append(m.mergedInto().label())
                    .append(" (version ")
                    .append(m.mergedInto().version())
                    .append("): “")
                    .append(m.mergedInto().text())
                    .append('”');
        }
        return s.toString();
    }

    static String recommendation(LinkedRecommendation link) {
        String theme = link.themeNumber() == null
                ? "Theme"
                : "Theme " + link.themeNumber()
                        + (link.themeTitle() == null ? "" : " (" + short_(link.themeTitle()) + ")");
        String what = link.recommendation() == null ? "the theme as a whole" : short_(link.recommendation());
        return "Answers " + theme + ": " + what
                + ("suspect".equals(link.state()) ? " [suspect: the clause changed since the link was confirmed]" : "");
    }

    private static String short_(String text) {
        String t = text.strip().replaceAll("\\s+", " ");
        if (t.codePointCount(0, t.length()) <= SHORT) {
            return t;
        }
        int end = t.offsetByCodePoints(0, SHORT);
        int space = t.lastIndexOf(' ', end);
        return t.substring(0, space > SHORT / 2 ? space : end) + " …";
    }

    private static String names(List<String> names) {
        return names.isEmpty() ? "—" : String.join(", ", names);
    }

    private static void para(XWPFDocument word, String style, String text) {
        XWPFParagraph p = word.createParagraph();
        p.setStyle(style);
        p.createRun().setText(XmlText.clean(text));
    }

    // --- the styles

    private static void styles(XWPFDocument word) {
        XWPFStyles styles = word.createStyles();
        style(styles, TITLE, "Compilation Title", 32, true, false, null, 0, 120, "center", true);
        style(styles, SUBTITLE, "Compilation Subtitle", 24, false, false, null, 0, 240, "center", false);
        style(styles, CLAUSE_LABEL, "Clause Label", 24, true, false, null, 0, 60, null, true);
        style(styles, CLAUSE_TEXT, "Clause Text", 24, false, false, null, 0, 120, "both", false);
        style(styles, RECOMMENDATION, "Linked Recommendation", 20, false, true, "404040", 360, 60, null, false);
        style(styles, PROPOSAL, "Proposal", 24, false, false, null, 360, 60, "both", false);
        style(styles, PROPOSAL_NOTE, "Proposal Explanation", 22, false, true, null, 720, 60, null, false);
        style(styles, POSITIONS, "Positions", 20, false, false, "404040", 720, 40, null, false);
        style(styles, DECISION, "Decision", 20, true, false, null, 720, 160, null, false);
        style(styles, NOTHING, "Compilation Note", 20, false, true, "595959", 0, 160, null, false);
    }

    private static void style(
            XWPFStyles styles,
            String id,
            String name,
            int halfPoints,
            boolean bold,
            boolean italic,
            String colour,
            int indentLeft,
            int spacingAfter,
            String alignment,
            boolean keepNext) {
        CTStyle ct = DocxStyles.style(styles, id, name, null);
        ct.setCustomStyle(true);
        CTPPrGeneral p = ct.getPPr();
        p.getSpacing().setAfter(BigInteger.valueOf(spacingAfter));
        if (indentLeft > 0) {
            p.addNewInd().setLeft(BigInteger.valueOf(indentLeft));
        }
        if (alignment != null) {
            p.addNewJc().setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc.Enum.forString(alignment));
        }
        if (keepNext) {
            p.addNewKeepNext();
        }
        CTRPr r = ct.addNewRPr();
        DocxStyles.fonts(r.addNewRFonts());
        r.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        if (bold) {
            r.addNewB();
        }
        if (italic) {
            r.addNewI();
        }
        if (colour != null) {
            r.addNewColor().setVal(colour);
        }
        DocxStyles.add(styles, ct);
    }
}
