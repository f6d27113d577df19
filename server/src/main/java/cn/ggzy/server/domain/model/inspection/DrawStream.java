package cn.ggzy.server.domain.model.inspection;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * The random stream of one draw: HMAC_DRBG (SHA-256) instantiated with entropy = the 32 seed
 * bytes, nonce = the witness's value in UTF-8, personalization = the 32 bytes of the commitment
 * (SHA-256 of the canonical document). Each integer takes one Generate call of 8 bytes, read as
 * an unsigned 64-bit big-endian number x; {@code below(n)} rejects x ≥ 2^64 − (2^64 mod n) and
 * draws again, else returns x mod n (no modulo bias).
 */
public final class DrawStream {
  private final HmacDrbg drbg;

  public DrawStream(byte[] seed, String witnessValue, byte[] commitment) {
    this.drbg = new HmacDrbg(seed, witnessValue.getBytes(StandardCharsets.UTF_8), commitment);
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
}
