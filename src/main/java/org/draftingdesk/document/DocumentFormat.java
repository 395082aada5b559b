package org.draftingdesk.document;

import java.util.Locale;

/** The containers a document may come in; told by its first bytes, the declared type a hint. */
public enum DocumentFormat {
    PDF,
    DOCX,
    TEXT;

    public static final String DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    static DocumentFormat of(byte[] body, String contentType) {
        if (startsWith(body, "%PDF-")) {
            return PDF;
        }
        if (body.length > 4 && body[0] == 'P' && body[1] == 'K' && body[2] == 3 && body[3] == 4) {
            return DOCX;
        }
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (type.startsWith("application/pdf")) {
            return PDF;
        }
        if (type.startsWith(DOCX_TYPE)) {
            return DOCX;
        }
        return TEXT;
    }

    private static boolean startsWith(byte[] body, String magic) {
        if (body.length < magic.length()) {
            return false;
        }
        for (int i = 0; i < magic.length(); i++) {
            if (body[i] != magic.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
