package cn.ggzy.server.application.internal.intake;

import cn.ggzy.server.application.IntakeViews.PushSubscriptionInput;
import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.intake.FilerAccessStore.PushSubscription;
import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Base64;
import java.util.Locale;

/**
 * What a browser's Web Push subscription must be before the platform will ever POST to it: the
 * https address of a push service on a public host name — not an IP address, not this machine or a
 * private network (the filer chooses the address: no request of ours may reach inside) — and the
 * keys of RFC 8291: an uncompressed P-256 point (65 bytes) and a 16-byte secret, base64url.
 */
final class FilerPushRules {
  private static final int MAX_ENDPOINT = 1000;

  private FilerPushRules() {}

  /** {@code loopback}: tests' local push service may listen on http://localhost (never in production). */
  static PushSubscription check(PushSubscriptionInput in, boolean loopback) {
    if (in == null || in.endpoint() == null || in.endpoint().length() > MAX_ENDPOINT) {
      throw new DomainException("intake.push.endpoint.invalid", "endpoint");
    }
    URI uri;
    try {
      uri = new URI(in.endpoint().strip());
    } catch (URISyntaxException e) {
      throw new DomainException("intake.push.endpoint.invalid", "endpoint");
    }
    String host = uri.getHost() == null ? "" : IDN.toASCII(uri.getHost(), IDN.ALLOW_UNASSIGNED)
        .toLowerCase(Locale.ROOT);
    boolean local = host.equals("localhost") || host.equals("127.0.0.1");
    boolean allowed = local ? loopback && "http".equals(uri.getScheme())
        : "https".equals(uri.getScheme()) && publicName(host) && uri.getUserInfo() == null;
    if (!allowed) {
      throw new DomainException("intake.push.endpoint.invalid", "endpoint");
    }
    if (length(in.p256dh()) != 65 || length(in.auth()) != 16 || Base64.getUrlDecoder()
        .decode(strip(in.p256dh()))[0] != 4) {
      throw new DomainException("intake.push.keys.invalid", "p256dh");
    }
    return new PushSubscription(uri.toString(), strip(in.p256dh()), strip(in.auth()));
  }

  /** A name with a dot and a letter in its last label: no IP literal, no single-label intranet name. */
  private static boolean publicName(String host) {
    int dot = host.lastIndexOf('.');
    if (host.isEmpty() || dot <= 0 || dot == host.length() - 1 || host.startsWith("[")) {
      return false;
    }
    String last = host.substring(dot + 1);
    return last.chars().anyMatch(Character::isLetter) && !host.endsWith(".local") && !host.endsWith(".internal")
        && !host.endsWith(".localhost");
  }

  private static int length(String base64url) {
    if (base64url == null || base64url.length() > 200) {
      return -1;
    }
    try {
      return Base64.getUrlDecoder().decode(strip(base64url)).length;
    } catch (IllegalArgumentException e) {
      return -1;
    }
  }

  private static String strip(String base64url) {
    return base64url.strip().replace("=", "");
  }
}
