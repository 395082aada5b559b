package org.draftingdesk.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** Whatever a clause holds, the Akoma Ntoso export is well-formed XML. */
class AknWriterTest {

    private static final String HOSTILE =
            "We\u0000 commit\u0007 to \ud800act\udc00 \ufffe\uffff<now> & \"then\" " + "\u001b]]>\u0085 😀\u200b";

    @Test
    void charactersXmlCannotCarryAreDroppedAndTheRestEscaped() throws Exception {
        ExportDocument doc = new ExportDocument(
                1,
                "Title\u0001 & co",
                "Rev.1\u0000\"",
                LocalDate.of(2025, 1, 2),
                List.of(
                        new ExportDocument.Paragraph("PP", "PP1", "", "Recalling\u0002 " + HOSTILE),
                        new ExportDocument.Paragraph("OP", "OP1", "1.", HOSTILE)));

        byte[] xml = AknWriter.write(doc);

        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document parsed = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        String body =
                parsed.getElementsByTagNameNS(AknWriter.NS, "mainBody").item(0).getTextContent();
        assertThat(body).contains("We commit to act <now> & \"then\" ]]>\u0085 😀\u200b");
        assertThat(parsed.getElementsByTagNameNS(AknWriter.NS, "docTitle")
                        .item(0)
                        .getTextContent())
                .isEqualTo("Title & co");
    }

    @Test
    void cleanKeepsWhatXmlCarries() {
        assertThat(XmlText.clean("tab\tline\ncr\r 😀 \ud7ff\ue000\ufffd"))
                .isEqualTo("tab\tline\ncr\r 😀 \ud7ff\ue000\ufffd");
        assertThat(XmlText.clean("a\u0000b\ud800c\udc00d\ufffee")).isEqualTo("abcde");
    }
}
