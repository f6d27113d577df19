package cn.ggzy.server.infrastructure.persistence.mongo.inspection;

import cn.ggzy.server.infrastructure.persistence.mongo.CollectionSetup;
import cn.ggzy.server.infrastructure.persistence.mongo.MongoConnection;
import cn.ggzy.server.infrastructure.persistence.mongo.files.GridFsFiles;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import jakarta.enterprise.context.ApplicationScoped;

/** The indexes of random inspections; each starts with the tenant, the readers or the region. */
@ApplicationScoped
public class InspectionIndexes implements CollectionSetup {
  @Override
  public void ensure(MongoConnection mongo) {
    MongoDatabase db = mongo.database();
    var objects = db.getCollection("inspection_objects");
    objects.createIndex(Indexes.ascending("tenantId", "code"), new IndexOptions().name("tenant_code"));
    objects.createIndex(Indexes.ascending("region", "tenantId"), new IndexOptions().name("region_tenant"));
    var inspectors = db.getCollection("inspection_inspectors");
    inspectors.createIndex(Indexes.ascending("tenantId", "login"), new IndexOptions().name("tenant_login"));
    // one certificate number, one officer in the region
    inspectors.createIndex(Indexes.ascending("region", "certificateNumber"),
        new IndexOptions().name("region_certificate").unique(true));
    var plans = db.getCollection("inspection_plans");
    plans.createIndex(Indexes.ascending("tenantId", "createdAt"), new IndexOptions().name("tenant_created"));
    plans.createIndex(Indexes.ascending("region", "published", "createdAt"), new IndexOptions().name("region_public"));
    var tasks = db.getCollection("inspection_tasks");
    tasks.createIndex(Indexes.ascending("readers", "members"), new IndexOptions().name("readers_members"));
    tasks.createIndex(Indexes.ascending("tenantId", "planId"), new IndexOptions().name("tenant_plan"));
    tasks.createIndex(Indexes.ascending("tenantId", "status"), new IndexOptions().name("tenant_status"));
    tasks.createIndex(Indexes.ascending("region", "status"), new IndexOptions().name("region_status"));
    tasks.createIndex(Indexes.ascending("region", "planId", "status"), new IndexOptions().name("region_plan_status"));
    tasks.createIndex(Indexes.ascending("region", "drawnOn"), new IndexOptions().name("region_drawn"));
    GridFsFiles.ensureIndexes(db, GridFsPhotoStore.BUCKET);
  }
}
