package cn.ggzy.server.infrastructure.mongo.embedded;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.ByteBuffer;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;

/**
 * How the embedded store writes a document to its pages: as BSON, with mongo-java-server's own
 * wire-protocol encoder (the form the document arrived in), instead of H2's fallback for unknown
 * objects, Java serialisation. MVStore re-writes a whole page each time one of its documents
 * changes, so this cost recurs on every commit: BSON is several times cheaper to write and read
 * and smaller on disk. Values round-trip exactly as they do over the wire to a client.
 */
final class BsonDocumentType extends BasicDataType<Document> {
  static final BsonDocumentType INSTANCE = new BsonDocumentType();
  /** Reused per thread (MVStore serialises pages on its own threads and on committing ones). */
  private static final ThreadLocal<ByteBuf> SCRATCH = ThreadLocal.withInitial(() -> Unpooled.buffer(4096));
  private static final int SCRATCH_KEPT = 1 << 20;

  private BsonDocumentType() {}

  @Override
  public int getMemory(Document document) {
    return 64 + StoredValues.estimate(document);
  }

  @Override
  public void write(WriteBuffer buffer, Document document) {
    ByteBuf scratch = SCRATCH.get();
    scratch.clear();
    BsonEncoder.encodeDocument(document, scratch);
    int length = scratch.readableBytes();
    buffer.putVarInt(length);
    buffer.put(scratch.array(), scratch.arrayOffset() + scratch.readerIndex(), length);
    if (scratch.capacity() > SCRATCH_KEPT) {
      SCRATCH.remove();
    }
  }

  @Override
  public Document read(ByteBuffer buffer) {
    int length = org.h2.mvstore.DataUtils.readVarInt(buffer);
    ByteBuf bson = Unpooled.wrappedBuffer(buffer.slice(buffer.position(), length));
    buffer.position(buffer.position() + length);
    return BsonDecoder.decodeBson(bson);
  }

  @Override
  public Document[] createStorage(int size) {
    return new Document[size];
  }
}
