package org.draftingdesk.export;

import java.io.StringWriter;
import java.time.LocalDate;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The draft in Akoma Ntoso 3.0 (OASIS LegalDocML): a {@code statement} named "declaration", FRBR
 * identification, preambular paragraphs in the preamble and operative paragraphs in the main body.
 */
final class AknWriter {

    static final String NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";

    private AknWriter() {}

    static byte[] write(ExportDocument doc) {
        try {
            StringWriter text = new StringWriter();
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            LocalDate date = doc.date() == null ? LocalDate.now() : doc.date();
            String work = "/akn/un/statement/declaration/" + date.getYear() + "/process-" + doc.processId();
            String expression = work + "/eng@" + date;
            x.writeStartDocument("UTF-8", "1.0");
            x.writeStartElement("akomaNtoso");
            x.writeDefaultNamespace(NS);
            x.writeStartElement("statement");
            x.writeAttribute("name", "declaration");

            x.writeStartElement("meta");
            x.writeStartElement("identification");
            x.writeAttribute("source", "#draftingDesk");
            x.writeStartElement("FRBRWork");
            empty(x, "FRBRthis", "value", work + "/!main");
            empty(x, "FRBRuri", "value", work);
            dated(x, "FRBRdate", date, "draft");
            empty(x, "FRBRauthor", "href", "#generalAssembly");
            empty(x, "FRBRcountry", "value", "un");
            x.writeEndElement();
            x.writeStartElement("FRBRExpression");
            empty(x, "FRBRthis", "value", expression + "/!main");
            empty(x, "FRBRuri", "value", expression);
            dated(x, "FRBRdate", date, doc.revisionLabel());
            empty(x, "FRBRauthor", "href", "#coFacilitators");
            empty(x, "FRBRlanguage", "language", "eng");
            x.writeEndElement();
            x.writeStartElement("FRBRManifestation");
            empty(x, "FRBRthis", "value", expression + "/!main.xml");
            empty(x, "FRBRuri", "value", expression + ".akn");
            dated(x, "FRBRdate", LocalDate.now(), "generation");
            empty(x, "FRBRauthor", "href", "#draftingDesk");
            x.writeEndElement();
            x.writeEndElement();
            x.writeEndElement();

            x.writeStartElement("preface");
            x.writeStartElement("p");
            x.writeStartElement("docTitle");
            x.writeCharacters(XmlText.clean(doc.processTitle()));
            x.writeEndElement();
            x.writeEndElement();
            x.writeStartElement("p");
            x.writeStartElement("docStage");
            x.writeCharacters(XmlText.clean(doc.revisionLabel()));
            x.writeEndElement();
            x.writeEndElement();
            x.writeEndElement();

            if (doc.paragraphs().stream().anyMatch(ExportDocument.Paragraph::isPreambular)) {
                x.writeStartElement("preamble");
                int n = 0;
                for (ExportDocument.Paragraph p : doc.paragraphs()) {
                    if (p.isPreambular()) {
                        x.writeStartElement("p");
                        x.writeAttribute("eId", "preamble__p_" + (++n));
                        x.writeStartElement("i");
                        x.writeCharacters(XmlText.clean(p.opening()));
                        x.writeEndElement();
                        x.writeCharacters(XmlText.clean(p.rest()));
                        x.writeEndElement();
                    }
                }
                x.writeEndElement();
            }

            x.writeStartElement("mainBody");
            int n = 0;
            for (ExportDocument.Paragraph p : doc.paragraphs()) {
                if (p.isPreambular()) {
                    continue;
                }
                x.writeStartElement("paragraph");
                x.writeAttribute("eId", "para_" + (++n));
                x.writeStartElement("num");
                x.writeCharacters(XmlText.clean(p.number()));
                x.writeEndElement();
                if (p.heading() != null) {
                    x.writeStartElement("heading");
                    x.writeCharacters(p.heading());
                    x.writeEndElement();
                }
                x.writeStartElement("content");
                x.writeStartElement("p");
                x.writeCharacters(XmlText.clean(p.text()));
                int note = 0;
                for (String noteText : p.notes()) {
                    x.writeStartElement("authorialNote");
                    x.writeAttribute("marker", String.valueOf(++note));
                    x.writeAttribute("placement", "bottom");
                    x.writeAttribute("eId", "para_" + n + "__authorialNote_" + note);
                    x.writeStartElement("p");
                    x.writeCharacters(XmlText.clean(noteText));
                    x.writeEndElement();
                    x.writeEndElement();
                }
                x.writeEndElement();
                x.writeEndElement();
                x.writeEndElement();
            }
            x.writeEndElement();

            x.writeEndElement();
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
            return text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void empty(XMLStreamWriter x, String element, String attribute, String value)
            throws XMLStreamException {
        x.writeEmptyElement(element);
        x.writeAttribute(attribute, value);
    }

    private static void dated(XMLStreamWriter x, String element, LocalDate date, String name)
            throws XMLStreamException {
        x.writeEmptyElement(element);
        x.writeAttribute("date", date.toString());
        x.writeAttribute("name", XmlText.clean(name));
    }
}
