package cn.ggzy.server.infrastructure.persistence.mongo.notification;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import cn.ggzy.server.domain.model.notification.Device;
import cn.ggzy.server.domain.model.notification.DeviceChannel;
import cn.ggzy.server.domain.model.notification.DeviceOwner;
import cn.ggzy.server.domain.model.notification.DeviceRepository;
import cn.ggzy.tenants.TenantId;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.bson.Document;

/**
 * Devices: collection {@code devices}, keyed by the hash of channel and address. Registering is the
 * one write by id alone: whoever holds a device's token owns it (an officer who logs in on a
 * colleague's phone takes the phone over); every read and removal is by tenant. That write is safe
 * only because the id is derived from the address, so a device whose id is not its address's is
 * refused: knowing another department's device id is not enough to take the device.
 */
@ApplicationScoped
public class MongoDeviceRepository implements DeviceRepository {
  static final String COLLECTION = "devices";
  private MongoDatabase database;

  protected MongoDeviceRepository() {}

  @Inject
  public MongoDeviceRepository(MongoDatabase database) {
    this.database = database;
  }

  @Override
  public void register(Device device) {
    if (!device.id().equals(Device.idOf(device.channel(), device.address()))) {
      throw new IllegalArgumentException("a device's id is derived from its channel and address");
    }
    Document d = new Document("_id", device.id())
        .append("tenantId", device.owner().tenant().value())
        .append("login", device.owner().login())
        .append("channel", device.channel().name())
        .append("address", device.address())
        .append("p256dh", device.p256dh())
        .append("auth", device.auth())
        .append("language", device.language().toLanguageTag())
        .append("registeredAt", device.registeredAt().toEpochMilli());
    collection().replaceOne(eq("_id", device.id()), d, new ReplaceOptions().upsert(true));
  }

  @Override
  public List<Device> of(TenantId tenant, String login) {
    List<Device> devices = new ArrayList<>();
    collection().find(and(eq("tenantId", tenant.value()), eq("login", login))).forEach(d -> devices.add(device(d)));
    return devices;
  }

  @Override
  public Optional<Device> find(TenantId tenant, String id) {
    return Optional.ofNullable(collection().find(and(eq("tenantId", tenant.value()), eq("_id", id))).first())
        .map(MongoDeviceRepository::device);
  }

  @Override
  public boolean remove(TenantId tenant, String id) {
    return collection().deleteOne(and(eq("tenantId", tenant.value()), eq("_id", id))).getDeletedCount() == 1;
  }

  private static Device device(Document d) {
    return new Device(d.getString("_id"), new DeviceOwner(TenantId.of(d.getString("tenantId")), d.getString("login")),
        DeviceChannel.valueOf(d.getString("channel")), d.getString("address"), d.getString("p256dh"),
        d.getString("auth"), Locale.forLanguageTag(d.getString("language")),
        NotificationDocuments.instant(d.get("registeredAt")));
  }

  private MongoCollection<Document> collection() {
    return database.getCollection(COLLECTION);
  }
}
