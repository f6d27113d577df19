package cn.ggzy.server.domain.model.draw;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * The random stream of one draw: HMAC_DRBG (SHA-256) instantiated with entropy = the 32 seed
 * bytes, nonce = the witness's value in UTF-8, personalization = the 32 bytes of the commitment
 * (SHA-256 of the canonical document). Each integer takes one Generate call of 8 bytes, read as
 * an unsigned 64-bit big-endian number x; {@code below(n)} rejects x ≥ 2^64 − (2^64 mod n) and
 * draws again, else returns x mod n (no modulo bias). Everything a draw picks goes through
 * {@link #below}, in the order the draw asks, so the order of the calls is part of a draw's rules.
 */
public final class DrawStream {
  private final HmacDrbg drbg;

  public DrawStream(byte[] seed, String witnessValue, byte[] commitment) {
    this.drbg = new HmacDrbg(seed, witnessValue.getBytes(StandardCharsets.UTF_8), commitment);
  }

  /**
   * The stream of a draw whose document was committed to by {@code commitment}: the SHA-256 of the
   * canonical document in hex, as published ({@link Hashes#sha256(String)}).
   */
  public static DrawStream committedTo(byte[] seed, String witnessValue, String commitment) {
    byte[] bytes = Hashes.fromHex(commitment);
    if (bytes == null) {
      throw new IllegalArgumentException("a commitment is SHA-256 in hex: " + commitment);
    }
    return new DrawStream(seed, witnessValue, bytes);
  }

  /** A uniformly distributed integer in [0, n), n ≥ 1. */
  public long below(long n) {
    if (n < 1) {
      throw new IllegalArgumentException("n must be at least 1: " + n);
    }
    // 2^64 mod n, computed in unsigned 64-bit arithmetic: ((2^64 − 1) mod n + 1) mod n
    long excess = (Long.remainderUnsigned(-1L, n) + 1) % n;
    while (true) {
      long x = ByteBuffer.wrap(drbg.generate(8)).getLong();
      // accept x < 2^64 − excess (with excess 0 every x is accepted)
      if (excess == 0 || Long.compareUnsigned(x, -excess) < 0) {
        return Long.remainderUnsigned(x, n);
      }
    }
  }

  /** One of {@code items}, each equally likely: {@code items[below(size)]} (one call of {@link #below}). */
  public <T> T pick(List<T> items) {
    return items.get((int) below(items.size()));
  }

  /**
   * The index of one of {@code items}, each as likely as its weight (every weight ≥ 1): W = the sum
   * of the weights, r = below(W), the first item whose running sum of weights exceeds r.
   */
  public <T> int pickWeighted(List<T> items, ToLongFunction<? super T> weight) {
    long total = 0;
    for (T item : items) {
      total += weight.applyAsLong(item);
    }
    long r = below(total);
    long running = 0;
    for (int i = 0; i < items.size(); i++) {
      running += weight.applyAsLong(items.get(i));
      if (running > r) {
        return i;
      }
    }
    throw new IllegalStateException("r < total always finds an item");
  }
}
