package winloss.core.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/**
 * The JDK's DOM (javax.xml), configured once: documents built and written as indented UTF-8,
 * and read with external entities, DTDs and XInclude refused (a codebook from elsewhere is
 * untrusted input).
 */
final class Xml {
  private Xml() {}

  static Document newDocument() {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      return f.newDocumentBuilder().newDocument();
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK's XML parser is not configurable", e);
    }
  }

  /** A child element in the document element's namespace. */
  static Element add(Element parent, String name) {
    Element e = parent.getOwnerDocument().createElementNS(parent.getNamespaceURI(), name);
    parent.appendChild(e);
    return e;
  }

  /** A child element holding text. */
  static Element addText(Element parent, String name, String text) {
    Element e = add(parent, name);
    e.setTextContent(text);
    return e;
  }

  /** The document as indented UTF-8 bytes with an XML declaration; same document, same bytes. */
  static byte[] bytes(Document doc) {
    try {
      TransformerFactory tf = TransformerFactory.newInstance();
      tf.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      Transformer t = tf.newTransformer();
      t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
      t.setOutputProperty(OutputKeys.INDENT, "yes");
      t.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
      doc.setXmlStandalone(true);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      t.transform(new DOMSource(doc), new StreamResult(out));
      // the JDK's serializer puts the root element on the declaration's line
      String s = out.toString(java.nio.charset.StandardCharsets.UTF_8).replace("\r\n", "\n")
          .replaceFirst("^(<\\?xml[^>]*\\?>)(?!\n)", "$1\n");
      if (!s.endsWith("\n")) {
        s += "\n";
      }
      return s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    } catch (TransformerException e) {
      throw new IllegalStateException("cannot serialize an XML document", e);
    }
  }

  /** Parses untrusted XML: no DTD, no external entities or schemas, no XInclude. */
  static Document parse(InputStream in) throws IOException, SAXException {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setFeature("http://xml.org/sax/features/external-general-entities", false);
      f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      f.setXIncludeAware(false);
      f.setExpandEntityReferences(false);
      DocumentBuilder b = f.newDocumentBuilder();
      b.setErrorHandler(new org.xml.sax.helpers.DefaultHandler()); // errors throw; nothing is printed
      return b.parse(in);
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK's XML parser is not configurable", e);
    }
  }
}
