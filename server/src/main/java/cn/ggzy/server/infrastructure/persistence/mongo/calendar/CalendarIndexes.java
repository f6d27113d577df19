package cn.ggzy.server.infrastructure.persistence.mongo.calendar;

import cn.ggzy.server.infrastructure.persistence.mongo.CollectionSetup;
import cn.ggzy.server.infrastructure.persistence.mongo.MongoConnection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import jakarta.enterprise.context.ApplicationScoped;

/** The calendars' index; region-owned, so it starts with the region. */
@ApplicationScoped
public class CalendarIndexes implements CollectionSetup {
  @Override
  public void ensure(MongoConnection mongo) {
    var db = mongo.database();
    db.getCollection("calendars").createIndex(
        Indexes.ascending("region", "year"),
        new IndexOptions().name("region_year").unique(true));
  }
}
