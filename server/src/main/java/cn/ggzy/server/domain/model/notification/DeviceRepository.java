package cn.ggzy.server.domain.model.notification;

import cn.ggzy.tenants.TenantId;
import java.util.List;
import java.util.Optional;

/** Registered devices, per owner. Every method takes the owner's tenant first. */
public interface DeviceRepository {
  /** Registers the device for its owner (a device registered by someone else moves to this owner). */
  void register(Device device);

  List<Device> of(TenantId tenant, String login);

  Optional<Device> find(TenantId tenant, String id);

  /** Removes the device; true when it existed. */
  boolean remove(TenantId tenant, String id);
}
