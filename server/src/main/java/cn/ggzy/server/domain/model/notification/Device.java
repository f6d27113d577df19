package cn.ggzy.server.domain.model.notification;

import cn.ggzy.tenants.TenantId;
import cn.ggzy.tenants.TenantOwned;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;

/**
 * A device that receives push messages for its owner. Its id is derived from the channel and the
 * address, so registering the same device twice keeps one entry.
 *
 * @param address the FCM registration token, or the Web Push endpoint URL
 * @param p256dh the Web Push subscription's public key (base64url), else null
 * @param auth the Web Push subscription's authentication secret (base64url), else null
 * @param language the language of the texts shown on the device
 */
public record Device(String id, DeviceOwner owner, DeviceChannel channel, String address, String p256dh,
    String auth, Locale language, Instant registeredAt) implements TenantOwned {
  public Device {
    Objects.requireNonNull(owner);
    Objects.requireNonNull(channel);
    Objects.requireNonNull(address);
    language = language == null ? Locale.SIMPLIFIED_CHINESE : language;
  }

  public static Device register(DeviceOwner owner, DeviceChannel channel, String address, String p256dh,
      String auth, Locale language, Instant at) {
    return new Device(idOf(channel, address), owner, channel, address, p256dh, auth, language, at);
  }

  public static String idOf(DeviceChannel channel, String address) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256")
          .digest((channel.name() + "\n" + address).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public TenantId tenantId() {
    return owner.tenant();
  }
}
