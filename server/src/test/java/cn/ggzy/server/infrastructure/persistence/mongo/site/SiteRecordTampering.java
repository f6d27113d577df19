package cn.ggzy.server.infrastructure.persistence.mongo.site;

import cn.ggzy.server.infrastructure.persistence.mongo.MongoConnection;
import cn.ggzy.server.infrastructure.persistence.mongo.TestContainer;
import com.mongodb.client.model.Updates;
import org.bson.Document;

/** What someone with access to the database could do to the records behind the application's back. */
public final class SiteRecordTampering {
  private SiteRecordTampering() {}

  /** Deletes the record's document; true when there was one. */
  public static boolean remove(String recordId) {
    return TestContainer.get(MongoConnection.class).database().getCollection(MongoSiteRecordRepository.RECORDS)
        .deleteOne(new Document("_id", recordId)).getDeletedCount() == 1;
  }

  /** Rewrites the record's note in place. */
  public static void alterNote(String recordId, String note) {
    TestContainer.get(MongoConnection.class).database().getCollection(MongoSiteRecordRepository.RECORDS)
        .updateOne(new Document("_id", recordId), Updates.set("note", note));
  }
}
