package cn.ggzy.server.infrastructure.persistence.mongo.embedded;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import java.util.List;
import java.util.logging.Logger;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * mongo-java-server's H2 backend with the documents stored as BSON ({@link BsonDocumentType})
 * and the keys of documents and unique indexes written and ordered by {@link StoredValues},
 * instead of Java serialisation (which H2 also used to order index keys, on every comparison).
 * The format is recorded in the store ({@value #FORMAT_MAP}): a store created before it (documents
 * already written the old way) keeps the old format, so no existing data directory becomes
 * unreadable.
 */
public final class EmbeddedBackend extends H2Backend {
  private static final Logger LOG = Logger.getLogger(EmbeddedBackend.class.getName());
  static final String FORMAT_MAP = "ggzy.format";
  static final String BSON = "bson";
  static final String JAVA_SERIALISATION = "java-serialisation";
  /** mongo-java-server's names of a collection's maps (H2Database). */
  private static final String DATA_PREFIX = "databases.";
  private static final String META_PREFIX = "meta.";
  private static final String INDEX_INFIX = "._index_";

  public EmbeddedBackend(MVStore store) {
    super(recordFormat(store));
  }

  /** The documents' format of this store, recorded on first use. */
  static String format(MVStore store) {
    MVMap<String, String> formats = store.openMap(FORMAT_MAP);
    String format = formats.get("documents");
    return format == null ? JAVA_SERIALISATION : format;
  }

  private static MVStore recordFormat(MVStore store) {
    MVMap<String, String> formats = store.openMap(FORMAT_MAP);
    if (formats.get("documents") == null) {
      boolean written = store.getMapNames().stream().anyMatch(n -> n.startsWith(DATA_PREFIX));
      formats.put("documents", written ? JAVA_SERIALISATION : BSON);
      store.commit();
      if (written) {
        LOG.info("The embedded store was created by an earlier version: its documents stay Java-serialised");
      }
    }
    return store;
  }

  @Override
  protected MongoDatabase openOrCreateDatabase(String databaseName) {
    return new Database(databaseName);
  }

  /** Called while the backend's constructor runs: reads only the store, which is set by then. */
  private final class Database extends H2Database {
    Database(String name) {
      super(name, getMvStore(), getCursorRegistry());
    }

    @Override
    protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
      MVStore store = getMvStore();
      if (!BSON.equals(format(store))) {
        return super.openOrCreateCollection(collectionName, options);
      }
      String namespace = getFullCollectionNamespace(collectionName);
      MVMap<Object, Document> data = store.openMap(DATA_PREFIX + namespace,
          new MVMap.Builder<Object, Document>().keyType(StoredValues.Single.INSTANCE)
              .valueType(BsonDocumentType.INSTANCE));
      MVMap<String, Object> meta = store.openMap(META_PREFIX + namespace);
      return new H2Collection(this, collectionName, options, data, meta, cursorRegistry);
    }

    @Override
    protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
        boolean sparse) {
      MVStore store = getMvStore();
      if (!BSON.equals(format(store))) {
        return super.openOrCreateUniqueIndex(collectionName, indexName, keys, sparse);
      }
      MVMap<KeyValue, Object> map = store.openMap(getFullCollectionNamespace(collectionName) + INDEX_INFIX + indexName,
          new MVMap.Builder<KeyValue, Object>().keyType(StoredValues.Key.INSTANCE)
              .valueType(StoredValues.Single.INSTANCE));
      return new StoredUniqueIndex(map, indexName, keys, sparse);
    }
  }
}
