package cn.ggzy.server.infrastructure.persistence.mongo.embedded;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;

/**
 * How the embedded store writes, reads and orders the keys of its maps: a document's {@code _id},
 * an index's key ({@link KeyValue}) and the index's pointer back to the document. H2's fallback
 * for such objects is Java serialisation, and for objects that are not {@link Comparable} (an
 * index key) it orders them by serialising both on every comparison: each unique-index lookup
 * serialised a key about twenty times. Here a value is written as BSON and ordered by its
 * content: the order is total and two keys compare equal exactly when they are equal (the index
 * keys are normalised by mongo-java-server before they reach the map, as before).
 */
final class StoredValues {
  private static final byte NULL = 0;
  private static final byte MISSING = 1;
  private static final byte BSON = 2;
  /** Reused per thread (MVStore serialises pages on its own threads and on committing ones). */
  private static final ThreadLocal<ByteBuf> SCRATCH = ThreadLocal.withInitial(() -> Unpooled.buffer(4096));
  private static final int SCRATCH_KEPT = 1 << 20;

  private StoredValues() {}

  /** A single value (a document's {@code _id}, an index's pointer to its document). */
  static final class Single extends BasicDataType<Object> {
    static final Single INSTANCE = new Single();

    @Override
    public int getMemory(Object value) {
      return 24 + estimate(value);
    }

    @Override
    public void write(WriteBuffer buffer, Object value) {
      writeValue(buffer, value);
    }

    @Override
    public Object read(ByteBuffer buffer) {
      return readValue(buffer);
    }

    @Override
    public int compare(Object a, Object b) {
      return StoredValues.compare(a, b);
    }

    @Override
    public Object[] createStorage(int size) {
      return new Object[size];
    }
  }

  /** An index's key: the values of the indexed fields. */
  static final class Key extends BasicDataType<KeyValue> {
    static final Key INSTANCE = new Key();

    @Override
    public int getMemory(KeyValue key) {
      int size = 48;
      for (Object v : key) {
        size += 8 + estimate(v);
      }
      return size;
    }

    @Override
    public void write(WriteBuffer buffer, KeyValue key) {
      buffer.putVarInt(key.size());
      for (Object v : key) {
        writeValue(buffer, v);
      }
    }

    @Override
    public KeyValue read(ByteBuffer buffer) {
      int size = DataUtils.readVarInt(buffer);
      List<Object> values = new ArrayList<>(size);
      for (int i = 0; i < size; i++) {
        values.add(readValue(buffer));
      }
      return new KeyValue(values);
    }

    @Override
    public int compare(KeyValue a, KeyValue b) {
      int n = Math.min(a.size(), b.size());
      for (int i = 0; i < n; i++) {
        int c = StoredValues.compare(a.get(i), b.get(i));
        if (c != 0) {
          return c;
        }
      }
      return Integer.compare(a.size(), b.size());
    }

    @Override
    public KeyValue[] createStorage(int size) {
      return new KeyValue[size];
    }
  }

  static void writeValue(WriteBuffer buffer, Object value) {
    if (value == null) {
      buffer.put(NULL);
    } else if (value instanceof Missing) {
      buffer.put(MISSING);
    } else {
      buffer.put(BSON);
      put(buffer, encode(value));
    }
  }

  static Object readValue(ByteBuffer buffer) {
    byte tag = buffer.get();
    if (tag == NULL) {
      return null;
    }
    if (tag == MISSING) {
      return Missing.getInstance();
    }
    int at = buffer.position();
    int length = (buffer.get(at) & 0xff) | (buffer.get(at + 1) & 0xff) << 8 | (buffer.get(at + 2) & 0xff) << 16
        | (buffer.get(at + 3) & 0xff) << 24;
    return decodeDocument(buffer, length).get("v");
  }

  /** The value as the BSON document {@code {v: value}}, in a per-thread buffer. */
  private static ByteBuf encode(Object value) {
    return encodeDocument(new Document("v", value));
  }

  /** The document as BSON in a per-thread buffer (valid until this thread's next encoding). */
  static ByteBuf encodeDocument(Map<String, ?> document) {
    ByteBuf scratch = SCRATCH.get();
    if (scratch.capacity() > SCRATCH_KEPT) {
      scratch = Unpooled.buffer(4096);
      SCRATCH.set(scratch);
    }
    scratch.clear();
    BsonEncoder.encodeDocument(document, scratch);
    return scratch;
  }

  /** Writes the encoded bytes of {@code bson} (from {@link #encodeDocument}) into {@code buffer}. */
  static void put(WriteBuffer buffer, ByteBuf bson) {
    buffer.put(bson.array(), bson.arrayOffset() + bson.readerIndex(), bson.readableBytes());
  }

  /** Decodes the BSON document of {@code length} bytes at the buffer's position and moves past it. */
  static Document decodeDocument(ByteBuffer buffer, int length) {
    ByteBuf bson = Unpooled.wrappedBuffer(buffer.slice(buffer.position(), length));
    buffer.position(buffer.position() + length);
    return BsonDecoder.decodeBson(bson);
  }

  /**
   * A total order: null, then the missing value, then the others grouped by class (by name) and
   * within a class by content. Zero exactly when the values are equal.
   */
  static int compare(Object a, Object b) {
    if (a == b) {
      return 0;
    }
    int ra = rank(a);
    int rb = rank(b);
    if (ra != rb || ra < 2) {
      return Integer.compare(ra, rb);
    }
    if (a.getClass() != b.getClass()) {
      int c = a.getClass().getName().compareTo(b.getClass().getName());
      return c != 0 ? c : compareEncoded(a, b);
    }
    if (a instanceof String s) {
      return s.compareTo((String) b);
    }
    if (a instanceof Double d) {
      return Double.compare(d, (Double) b);
    }
    if (a instanceof Map<?, ?> ma) {
      return compareMaps(ma, (Map<?, ?>) b);
    }
    if (a instanceof Collection<?> ca) {
      return compareCollections(ca, (Collection<?>) b);
    }
    if (a instanceof byte[] ba) {
      return Arrays.compare(ba, (byte[]) b);
    }
    if (a instanceof Comparable<?> && !(a instanceof BigDecimal)) {
      @SuppressWarnings("unchecked")
      int c = ((Comparable<Object>) a).compareTo(b);
      if (c != 0 || a.equals(b)) {
        return c;
      }
    }
    return a.equals(b) ? 0 : compareEncoded(a, b);
  }

  private static int rank(Object v) {
    return v == null ? 0 : v instanceof Missing ? 1 : 2;
  }

  private static int compareMaps(Map<?, ?> a, Map<?, ?> b) {
    Iterator<? extends Map.Entry<?, ?>> ia = a.entrySet().iterator();
    Iterator<? extends Map.Entry<?, ?>> ib = b.entrySet().iterator();
    while (ia.hasNext() && ib.hasNext()) {
      Map.Entry<?, ?> ea = ia.next();
      Map.Entry<?, ?> eb = ib.next();
      int c = compare(ea.getKey(), eb.getKey());
      if (c == 0) {
        c = compare(ea.getValue(), eb.getValue());
      }
      if (c != 0) {
        return c;
      }
    }
    return Boolean.compare(ia.hasNext(), ib.hasNext());
  }

  private static int compareCollections(Collection<?> a, Collection<?> b) {
    Iterator<?> ia = a.iterator();
    Iterator<?> ib = b.iterator();
    while (ia.hasNext() && ib.hasNext()) {
      int c = compare(ia.next(), ib.next());
      if (c != 0) {
        return c;
      }
    }
    return Boolean.compare(ia.hasNext(), ib.hasNext());
  }

  private static int compareEncoded(Object a, Object b) {
    ByteBuf ea = encode(a);
    byte[] first = new byte[ea.readableBytes()];
    ea.readBytes(first);
    ByteBuf eb = encode(b);
    byte[] second = new byte[eb.readableBytes()];
    eb.readBytes(second);
    return Arrays.compare(first, second);
  }

  /** A rough size in memory, without encoding (used for the cache's accounting). */
  static int estimate(Object value) {
    if (value instanceof Map<?, ?> map) {
      int size = 48;
      for (Map.Entry<?, ?> e : map.entrySet()) {
        size += 40 + 2 * String.valueOf(e.getKey()).length() + estimate(e.getValue());
      }
      return size;
    }
    if (value instanceof Collection<?> list) {
      int size = 40;
      for (Object o : list) {
        size += 8 + estimate(o);
      }
      return size;
    }
    if (value instanceof CharSequence s) {
      return 48 + 2 * s.length();
    }
    if (value instanceof byte[] bytes) {
      return 24 + bytes.length;
    }
    return 24;
  }
}
