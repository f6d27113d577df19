package cn.ggzy.server.infrastructure.persistence.mongo.credit;

import static com.mongodb.client.model.Filters.eq;

import cn.ggzy.server.domain.model.credit.CreditSettings;
import cn.ggzy.server.domain.model.credit.CreditSettingsRepository;
import cn.ggzy.server.infrastructure.persistence.mongo.VersionedWrites;
import cn.ggzy.tenants.RegionCode;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.jnosql.databases.mongodb.mapping.MongoDBTemplate;
import org.eclipse.jnosql.mapping.semistructured.EntityConverter;

/** Region-owned credit settings; the last change wins (an administrator's configuration). */
@ApplicationScoped
public class JnosqlCreditSettingsRepository implements CreditSettingsRepository {
  private MongoDBTemplate template;
  private EntityConverter converter;
  private MongoDatabase database;

  protected JnosqlCreditSettingsRepository() {}

  @Inject
  public JnosqlCreditSettingsRepository(MongoDBTemplate template, EntityConverter converter, MongoDatabase database) {
    this.template = template;
    this.converter = converter;
    this.database = database;
  }

  @Override
  public CreditSettings settings(RegionCode region) {
    return template.<CreditSettingsDocument>select(CreditSettingsDocument.class, eq("_id", region.value()))
        .findFirst().map(CreditSettingsDocument::toSettings).orElse(CreditSettings.DEFAULT);
  }

  @Override
  public void store(RegionCode region, CreditSettings settings) {
    var communication = converter.toCommunication(CreditSettingsDocument.of(region, settings));
    database.getCollection(communication.name()).replaceOne(eq("_id", region.value()),
        VersionedWrites.toDocument(communication.elements()), new ReplaceOptions().upsert(true));
  }
}
