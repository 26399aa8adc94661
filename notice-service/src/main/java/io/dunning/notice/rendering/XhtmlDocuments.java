package io.dunning.notice.rendering;

import java.io.IOException;
import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Parses a filled letter template (XHTML) into the DOM openhtmltopdf lays out, with one parser per rendering thread.
 * Left to itself, openhtmltopdf asks {@code SAXParserFactory.newInstance()} for a parser for every letter, and that
 * scans the whole class path for a service provider each time (a tenth of a letter's rendering time in a profile).
 * The templates are our own; external entities and DTDs are refused all the same.
 */
final class XhtmlDocuments {

    private static final ThreadLocal<DocumentBuilder> BUILDER = ThreadLocal.withInitial(XhtmlDocuments::newBuilder);

    private XhtmlDocuments() {
    }

    static Document parse(String xhtml) {
        try {
            DocumentBuilder builder = BUILDER.get();
            builder.reset();
            return builder.parse(new InputSource(new StringReader(xhtml)));
        } catch (SAXException | IOException e) {
            throw new IllegalStateException("a letter template is not well-formed XHTML: " + e.getMessage(), e);
        }
    }

    private static DocumentBuilder newBuilder() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("no XML parser for the letter templates", e);
        }
    }
}
