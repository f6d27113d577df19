package cn.ggzy.server.application.internal.intake;

import cn.ggzy.server.application.IntakeViews.Client;
import cn.ggzy.server.domain.model.intake.AbuseCounters;
import cn.ggzy.server.domain.model.intake.RateLimitedException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Token buckets per action and client address, and per action and device id: each holds a
 * minute's allowance and refills continuously, in this node's memory. When nodes share the
 * database ({@link AbuseCounters#shared()}), each request is also counted there per calendar
 * minute, so that a client spreading its requests over the nodes still meets one allowance.
 */
public final class RateLimits {
  private static final int MAX_BUCKETS = 200_000;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
  private final AbuseCounters counters;
  private final Clock clock;

  public RateLimits(AbuseCounters counters, Clock clock) {
    this.counters = counters;
    this.clock = clock;
  }

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

  public void check(String action, Client client, int perMinuteClient, int perMinuteDevice) {
    long now = System.nanoTime();
    if (client != null && client.address() != null && perMinuteClient > 0) {
      String key = action + "|a|" + client.address();
      long wait = Math.max(bucket(key, perMinuteClient, now).take(perMinuteClient, now), shared(key, perMinuteClient));
      if (wait > 0) {
        throw new RateLimitedException("intake.rate.client", wait);
      }
    }
    if (client != null && client.deviceId() != null && !client.deviceId().isBlank() && perMinuteDevice > 0) {
      String device = client.deviceId().length() > 100 ? client.deviceId().substring(0, 100) : client.deviceId();
      String key = action + "|d|" + device;
      long wait = Math.max(bucket(key, perMinuteDevice, now).take(perMinuteDevice, now), shared(key, perMinuteDevice));
      if (wait > 0) {
        throw new RateLimitedException("intake.rate.device", wait);
      }
    }
  }

  /** With shared counters: 0, or the seconds until this minute's shared allowance is there again. */
  private long shared(String key, int perMinute) {
    if (!counters.shared()) {
      return 0;
    }
    Instant start = clock.instant().truncatedTo(ChronoUnit.MINUTES);
    Instant end = start.plus(1, ChronoUnit.MINUTES);
    if (counters.count(key, start, end) <= perMinute) {
      return 0;
    }
    return Math.max(1, Duration.between(clock.instant(), end).toSeconds());
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
