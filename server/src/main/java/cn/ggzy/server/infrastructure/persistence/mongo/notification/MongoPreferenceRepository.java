package cn.ggzy.server.infrastructure.persistence.mongo.notification;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import cn.ggzy.server.domain.model.notification.NotificationKind;
import cn.ggzy.server.domain.model.notification.PreferenceRepository;
import cn.ggzy.server.domain.model.notification.Preferences;
import cn.ggzy.tenants.TenantId;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.bson.Document;

/** Officers' notification settings: collection {@code notification_preferences}. */
@ApplicationScoped
public class MongoPreferenceRepository implements PreferenceRepository {
  private MongoDatabase database;

  protected MongoPreferenceRepository() {}

  @Inject
  public MongoPreferenceRepository(MongoDatabase database) {
    this.database = database;
  }

  @Override
  public Preferences find(TenantId tenant, String login) {
    Document d = collection().find(and(eq("_id", id(tenant, login)), eq("tenantId", tenant.value()))).first();
    if (d == null) {
      return Preferences.defaults(tenant, login);
    }
    return new Preferences(tenant, login, Locale.forLanguageTag(d.getString("language")),
        d.getList("muted", String.class, List.of()).stream().map(NotificationKind::valueOf)
            .collect(Collectors.toSet()));
  }

  @Override
  public void store(Preferences p) {
    Document d = new Document("_id", id(p.tenant(), p.login()))
        .append("tenantId", p.tenant().value())
        .append("login", p.login())
        .append("language", p.language().toLanguageTag())
        .append("muted", p.muted().stream().map(Enum::name).sorted().toList());
    collection().replaceOne(and(eq("_id", d.getString("_id")), eq("tenantId", p.tenant().value())), d,
        new ReplaceOptions().upsert(true));
  }

  private static String id(TenantId tenant, String login) {
    return tenant.value() + "/" + login;
  }

  private MongoCollection<Document> collection() {
    return database.getCollection("notification_preferences");
  }
}
