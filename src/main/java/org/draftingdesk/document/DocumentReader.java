package org.draftingdesk.document;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.draftingdesk.problem.Problem;

/**
 * Reads a document in any format the importers take — PDF, Word (.docx), or text (tidy, or copied
 * out of a PDF with form feeds and hard-wrapped lines) — into one neutral shape. It knows nothing
 * of hearings or drafts; their importers parse its blocks or its text.
 */
public final class DocumentReader {

    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    private DocumentReader() {}

    public static RecoveredDocument read(byte[] body, String contentType) {
        if (body == null || body.length == 0) {
            throw Problem.badInput("The document is empty");
        }
        if (startsWith(body, OLE2)) {
            throw Problem.unsupported("The file is an old Word (.doc) document or an encrypted Office file: "
                    + "save it as .docx without a password, or as PDF");
        }
        return switch (DocumentFormat.of(body, contentType)) {
            case PDF -> LayoutRecovery.recover(DocumentFormat.PDF, PdfLines.read(body), Words.shipped());
            case DOCX -> DocxBlocks.read(body);
            case TEXT -> text(decode(body, contentType));
        };
    }

    /** Text: tidy text is kept as written; text copied out of a PDF is recovered. */
    public static RecoveredDocument text(String raw) {
        String text = PlainText.normalise(raw);
        if (text.isBlank()) {
            throw Problem.badInput("The document is empty");
        }
        if (PlainText.isPaged(text)) {
            return LayoutRecovery.recover(DocumentFormat.TEXT, PlainText.pages(text), Words.shipped());
        }
        String spaced = PlainText.spaced(text);
        return new RecoveredDocument(DocumentFormat.TEXT, PlainText.blocks(spaced), List.of(), spaced);
    }

    private static String decode(byte[] content, String contentType) {
        String text;
        java.nio.charset.Charset declared = charset(contentType);
        try {
            if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
                return checked(declared.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(content))
                        .toString());
            }
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException e) {
            throw Problem.unsupported("The document is neither PDF, Word (.docx) nor UTF-8 text");
        }
        return checked(text);
    }

    /** The charset a Content-Type names, when it names a known one. */
    private static java.nio.charset.Charset charset(String contentType) {
        if (contentType == null) {
            return null;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                        "charset=\"?([A-Za-z0-9._:-]+)", java.util.regex.Pattern.CASE_INSENSITIVE)
                .matcher(contentType);
        if (!m.find()) {
            return null;
        }
        try {
            return java.nio.charset.Charset.forName(m.group(1));
        } catch (IllegalArgumentException e) {
            throw Problem.unsupported("Unknown charset '" + m.group(1) + "'");
        }
    }

    private static String checked(String text) {
        long control = text.chars()
                .filter(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f')
                .count();
        if (control > 0) {
            throw Problem.unsupported("The document contains " + control
                    + " control characters: binary data is not accepted (PDF, .docx and UTF-8 text are)");
        }
        return text;
    }

    private static boolean startsWith(byte[] body, byte[] magic) {
        if (body.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (body[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
