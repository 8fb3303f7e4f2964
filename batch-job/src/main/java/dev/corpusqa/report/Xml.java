package dev.corpusqa.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A thin streaming XML writer over StAX that passes every string through {@link Text#xmlSafe}, so
 * the output is well-formed XML 1.0 whatever bytes the corpus holds (StAX escapes markup but does
 * not reject or replace characters XML cannot carry).
 */
final class Xml implements AutoCloseable {

    private final OutputStream out;
    private final XMLStreamWriter w;

    Xml(Path file) throws IOException {
        this.out = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        try {
            this.w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
        } catch (XMLStreamException e) {
            out.close();
            throw new IOException(e);
        }
    }

    Xml start(String name) throws IOException {
        try {
            w.writeStartElement(name);
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
        return this;
    }

    Xml attr(String name, Object value) throws IOException {
        if (value == null) {
            return this;
        }
        try {
            w.writeAttribute(name, Text.xmlSafe(String.valueOf(value)));
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
        return this;
    }

    Xml text(String s) throws IOException {
        try {
            w.writeCharacters(Text.xmlSafe(s));
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
        return this;
    }

    Xml comment(String s) throws IOException {
        try {
            w.writeComment(" " + Text.xmlSafe(s).replace("--", "- -") + " ");
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
        return this;
    }

    Xml end() throws IOException {
        try {
            w.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
        return this;
    }

    Xml nl() throws IOException {
        return text("\n");
    }

    @Override
    public void close() throws IOException {
        try {
            w.writeEndDocument();
            w.flush();
            w.close();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        } finally {
            out.close();
        }
    }
}
