package cn.ggzy.server.application.internal.intake;

import cn.ggzy.server.application.IntakeViews.Client;
import cn.ggzy.server.domain.model.intake.RateLimitedException;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Token buckets per action and client address, and per action and device id: each holds a
 * minute's allowance and refills continuously. In memory on each node (a restart forgets them).
 */
final class RateLimits {
  private static final int MAX_BUCKETS = 200_000;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

  private static final class Bucket {
    private double tokens;
    private long lastNanos;

    Bucket(double tokens, long now) {
      this.tokens = tokens;
      this.lastNanos = now;
    }

    /** Takes one token; answers 0, or the seconds until one is there. */
    synchronized long take(int perMinute, long now) {
      tokens = Math.min(perMinute, tokens + (now - lastNanos) / 60e9 * perMinute);
      lastNanos = now;
      if (tokens >= 1) {
        tokens -= 1;
        return 0;
      }
      return (long) Math.ceil((1 - tokens) * 60.0 / perMinute);
    }
  }

  void check(String action, Client client, int perMinuteClient, int perMinuteDevice) {
    long now = System.nanoTime();
    if (client != null && client.address() != null && perMinuteClient > 0) {
      long wait = bucket(action + "|a|" + client.address(), perMinuteClient, now).take(perMinuteClient, now);
      if (wait > 0) {
        throw new RateLimitedException("intake.rate.client", wait);
      }
    }
    if (client != null && client.deviceId() != null && !client.deviceId().isBlank() && perMinuteDevice > 0) {
      String device = client.deviceId().length() > 100 ? client.deviceId().substring(0, 100) : client.deviceId();
      long wait = bucket(action + "|d|" + device, perMinuteDevice, now).take(perMinuteDevice, now);
      if (wait > 0) {
        throw new RateLimitedException("intake.rate.device", wait);
      }
    }
  }

  private Bucket bucket(String key, int perMinute, long now) {
    if (buckets.size() > MAX_BUCKETS) {
      forgetIdle(now);
    }
    return buckets.computeIfAbsent(key, k -> new Bucket(perMinute, now));
  }

  /** Buckets untouched for ten minutes are full again: forgetting them changes nothing. */
  private void forgetIdle(long now) {
    for (Iterator<Bucket> i = buckets.values().iterator(); i.hasNext(); ) {
      Bucket b = i.next();
      synchronized (b) {
        if (now - b.lastNanos > 600e9) {
          i.remove();
        }
      }
    }
  }
}
