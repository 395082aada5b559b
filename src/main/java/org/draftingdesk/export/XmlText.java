package org.draftingdesk.export;

/**
 * Text as XML 1.0 can carry it: control characters other than tab, line feed and carriage return,
 * unpaired surrogates and U+FFFE/U+FFFF have no representation at all (not even as character
 * references), so they are dropped. Input validation refuses them; this guards what was stored
 * before it did, or came in through an import.
 */
final class XmlText {

    private XmlText() {}

    static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c)
                    && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            boolean allowed = pair
                    || c == '\t'
                    || c == '\n'
                    || c == '\r'
                    || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD);
            if (!allowed && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null && allowed) {
                out.append(c);
                if (pair) {
                    out.append(text.charAt(i + 1));
                }
            }
            if (pair) {
                i++;
            }
        }
        return out == null ? text : out.toString();
    }
}
