package cn.ggzy.server.infrastructure.persistence.mongo.embedded;

import de.bwaldvogel.mongo.bson.Document;
import io.netty.buffer.ByteBuf;
import java.nio.ByteBuffer;
import org.h2.mvstore.DataUtils;
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

  private BsonDocumentType() {}

  @Override
  public int getMemory(Document document) {
    return 64 + StoredValues.estimate(document);
  }

  @Override
  public void write(WriteBuffer buffer, Document document) {
    ByteBuf bson = StoredValues.encodeDocument(document);
    buffer.putVarInt(bson.readableBytes());
    StoredValues.put(buffer, bson);
  }

  @Override
  public Document read(ByteBuffer buffer) {
    return StoredValues.decodeDocument(buffer, DataUtils.readVarInt(buffer));
  }

  @Override
  public Document[] createStorage(int size) {
    return new Document[size];
  }
}
