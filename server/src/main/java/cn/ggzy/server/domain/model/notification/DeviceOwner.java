package cn.ggzy.server.domain.model.notification;

import cn.ggzy.tenants.TenantId;
import java.util.Objects;

/**
 * Whose device it is. Today an officer of a department tenant. Extension point for complainants
 * (issue: "complainants who register a device get their case's status changes"): a complainant
 * would be owned by the tenant that handles the case and named {@code "receipt:<receipt number>"},
 * registered through a public endpoint that proves the receipt; the dispatcher would then add an
 * audience for the case's complainant. Nothing else here changes.
 */
public record DeviceOwner(TenantId tenant, String login) {
  public DeviceOwner {
    Objects.requireNonNull(tenant);
    Objects.requireNonNull(login);
  }
}
