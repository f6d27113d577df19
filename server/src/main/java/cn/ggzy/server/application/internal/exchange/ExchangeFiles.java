package cn.ggzy.server.application.internal.exchange;

import cn.ggzy.server.application.DataExchange;
import cn.ggzy.server.domain.model.DomainException;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads and writes exchange batches: {@code {"HEADER":{…},"<DATA_SET>":[{"<ITEM>":"…"}]}} in JSON, and
 * {@code <GGZY_DATA><HEADER/><DATA_SET><RECORD><ITEM>…</ITEM></RECORD></DATA_SET></GGZY_DATA>} in
 * XML. A batch is refused whole when it is too large, not in its declared encoding or not well formed;
 * a record that is not a flat set of items is kept as refused, never dropped.
 */
final class ExchangeFiles {
  static final String ROOT = "GGZY_DATA";
  static final String HEADER = "HEADER";
  static final String RECORD = "RECORD";
  static final int MAX_RECORDS = 20_000;
  static final int MAX_VALUE = 4_000;
  private static final Pattern DECLARED = Pattern.compile("^<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9._-]+)[\"']");

  /** One record as received: its position (from 1) and items, or why it is not readable. */
  record Rec(int index, Map<String, String> items, String errorCode, String errorItem) {
    String item(String name) {
      String v = items.get(name);
      return v == null || v.isBlank() ? null : v.strip();
    }
  }

  record Batch(Map<String, String> header, Map<String, List<Rec>> sets) {
    int records() {
      return sets.values().stream().mapToInt(List::size).sum();
    }
  }

  private ExchangeFiles() {}

  static Batch read(byte[] bytes, DataExchange.Format format) {
    sized(bytes);
    Batch batch = format == DataExchange.Format.XML ? readXml(bytes) : readJson(object(decode(bytes,
        StandardCharsets.UTF_8)));
    if (batch.records() == 0) {
      throw new DomainException("exchange.empty", "file");
    }
    if (batch.records() > MAX_RECORDS) {
      throw new DomainException("exchange.tooMany", "file");
    }
    return batch;
  }

  /** A file neither empty nor over the limit. */
  static void sized(byte[] bytes) {
    if (bytes == null || bytes.length == 0) {
      throw new DomainException("exchange.empty", "file");
    }
    if (bytes.length > DataExchange.MAX_BYTES) {
      throw new DomainException("exchange.tooLarge", "file");
    }
  }

  /** The JSON object the text holds; anything else refuses the file. */
  static JsonObject object(String text) {
    try (var reader = Json.createReader(new StringReader(text))) {
      return reader.readObject();
    } catch (JsonException | IllegalStateException e) {
      throw new DomainException("exchange.malformed", "file");
    }
  }

  /** Strict decoding: a byte sequence that is not valid in the charset refuses the batch. */
  static String decode(byte[] bytes, Charset charset) {
    try {
      String text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      throw new DomainException("exchange.encoding", "file");
    }
  }

  private static Batch readJson(JsonObject root) {
    Map<String, String> header = new LinkedHashMap<>();
    Map<String, List<Rec>> sets = new LinkedHashMap<>();
    for (Map.Entry<String, JsonValue> e : root.entrySet()) {
      if (e.getKey().equals(HEADER)) {
        if (e.getValue() instanceof JsonObject h) {
          h.forEach((k, v) -> header.put(k, scalar(v)));
        }
        continue;
      }
      if (e.getValue().getValueType() != JsonValue.ValueType.ARRAY) {
        throw new DomainException("exchange.dataSetNotList", e.getKey());
      }
      List<Rec> recs = new ArrayList<>();
      var values = e.getValue().asJsonArray();
      for (int i = 0; i < values.size(); i++) {
        recs.add(jsonRecord(i + 1, values.get(i)));
      }
      sets.put(e.getKey(), recs);
    }
    return new Batch(header, sets);
  }

  private static Rec jsonRecord(int index, JsonValue value) {
    if (!(value instanceof JsonObject o)) {
      return new Rec(index, Map.of(), "exchange.record.notObject", null);
    }
    Map<String, String> items = new LinkedHashMap<>();
    for (Map.Entry<String, JsonValue> item : o.entrySet()) {
      JsonValue v = item.getValue();
      if (v.getValueType() == JsonValue.ValueType.OBJECT || v.getValueType() == JsonValue.ValueType.ARRAY) {
        return new Rec(index, items, "exchange.record.nested", item.getKey());
      }
      String text = scalar(v);
      if (text != null && text.length() > MAX_VALUE) {
        return new Rec(index, items, "exchange.record.tooLong", item.getKey());
      }
      if (text != null) {
        items.put(item.getKey(), text);
      }
    }
    return new Rec(index, items, null, null);
  }

  private static String scalar(JsonValue v) {
    return switch (v.getValueType()) {
      case STRING -> ((JsonString) v).getString();
      case NUMBER -> ((JsonNumber) v).bigDecimalValue().toPlainString();
      case TRUE -> "1";
      case FALSE -> "0";
      default -> null;
    };
  }

  private static Batch readXml(byte[] bytes) {
    String text = decode(bytes, xmlCharset(bytes));
    Document doc;
    try {
      doc = parser().parse(new InputSource(new StringReader(text)));
    } catch (SAXException | IOException e) {
      throw new DomainException("exchange.malformed", "file");
    }
    Element root = doc.getDocumentElement();
    if (!ROOT.equals(root.getTagName())) {
      throw new DomainException("exchange.malformed", "file");
    }
    Map<String, String> header = new LinkedHashMap<>();
    Map<String, List<Rec>> sets = new LinkedHashMap<>();
    for (Element set : children(root)) {
      if (set.getTagName().equals(HEADER)) {
        children(set).forEach(h -> header.put(h.getTagName(), h.getTextContent()));
        continue;
      }
      List<Rec> recs = sets.computeIfAbsent(set.getTagName(), k -> new ArrayList<>());
      for (Element rec : children(set)) {
        recs.add(xmlRecord(recs.size() + 1, rec));
      }
    }
    return new Batch(header, sets);
  }

  private static Rec xmlRecord(int index, Element rec) {
    if (!RECORD.equals(rec.getTagName())) {
      return new Rec(index, Map.of(), "exchange.record.notObject", rec.getTagName());
    }
    Map<String, String> items = new LinkedHashMap<>();
    for (Element item : children(rec)) {
      if (!children(item).isEmpty()) {
        return new Rec(index, items, "exchange.record.nested", item.getTagName());
      }
      String v = item.getTextContent();
      if (v.length() > MAX_VALUE) {
        return new Rec(index, items, "exchange.record.tooLong", item.getTagName());
      }
      items.put(item.getTagName(), v);
    }
    return new Rec(index, items, null, null);
  }

  /** The encoding an XML batch declares: UTF-8 (also when none is declared), GBK, GB2312 or GB18030. */
  private static Charset xmlCharset(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 200), StandardCharsets.ISO_8859_1);
    if (head.startsWith("\u00EF\u00BB\u00BF")) {
      head = head.substring(3);
    }
    Matcher m = DECLARED.matcher(head);
    if (!m.find()) {
      return StandardCharsets.UTF_8;
    }
    return switch (m.group(1).toUpperCase(Locale.ROOT)) {
      case "UTF-8", "UTF8" -> StandardCharsets.UTF_8;
      case "GBK", "GB2312", "GB18030", "CP936" -> Charset.forName("GB18030");
      default -> throw new DomainException("exchange.encoding", "file");
    };
  }

  /** A parser that reads no DTD and resolves no external entity (no XXE, no entity expansion). */
  private static DocumentBuilder parser() {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setXIncludeAware(false);
      f.setExpandEntityReferences(false);
      f.setNamespaceAware(false);
      DocumentBuilder b = f.newDocumentBuilder();
      b.setErrorHandler(new DefaultHandler());
      return b;
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<Element> children(Element e) {
    List<Element> out = new ArrayList<>();
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element c) {
        out.add(c);
      }
    }
    return out;
  }

  static byte[] write(Map<String, String> header, Map<String, List<Map<String, String>>> sets,
      DataExchange.Format format) {
    return format == DataExchange.Format.XML ? writeXml(header, sets) : writeJson(header, sets);
  }

  private static byte[] writeJson(Map<String, String> header, Map<String, List<Map<String, String>>> sets) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = Json.createGenerator(out)) {
      g.writeStartObject();
      g.writeStartObject(HEADER);
      header.forEach(g::write);
      g.writeEnd();
      for (Map.Entry<String, List<Map<String, String>>> set : sets.entrySet()) {
        g.writeStartArray(set.getKey());
        for (Map<String, String> rec : set.getValue()) {
          g.writeStartObject();
          rec.forEach((k, v) -> {
            if (v != null) {
              g.write(k, v);
            }
          });
          g.writeEnd();
        }
        g.writeEnd();
      }
      g.writeEnd();
    }
    return out.toByteArray();
  }

  private static byte[] writeXml(Map<String, String> header, Map<String, List<Map<String, String>>> sets) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
      w.writeStartDocument("UTF-8", "1.0");
      w.writeStartElement(ROOT);
      w.writeStartElement(HEADER);
      for (Map.Entry<String, String> h : header.entrySet()) {
        element(w, h.getKey(), h.getValue());
      }
      w.writeEndElement();
      for (Map.Entry<String, List<Map<String, String>>> set : sets.entrySet()) {
        w.writeStartElement(set.getKey());
        for (Map<String, String> rec : set.getValue()) {
          w.writeStartElement(RECORD);
          for (Map.Entry<String, String> item : rec.entrySet()) {
            if (item.getValue() != null) {
              element(w, item.getKey(), item.getValue());
            }
          }
          w.writeEndElement();
        }
        w.writeEndElement();
      }
      w.writeEndElement();
      w.writeEndDocument();
      w.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
    return out.toByteArray();
  }

  private static void element(XMLStreamWriter w, String name, String value) throws XMLStreamException {
    w.writeStartElement(name);
    w.writeCharacters(value.replaceAll("[^\\x09\\x0A\\x0D\\x20-\\uD7FF\\uE000-\\uFFFD]", ""));
    w.writeEndElement();
  }
}
