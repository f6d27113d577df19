package cn.ggzy.server.domain.model.draw;

import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC_DRBG with HMAC-SHA-256 exactly as NIST SP 800-90A Rev. 1, section 10.1.2: no prediction
 * resistance, no additional input, no reseed (a draw asks for far fewer than 2^48 outputs).
 * Instantiate: K = 0x00…00, V = 0x01…01 (32 bytes each), then Update(entropy || nonce ||
 * personalization). Generate(n): V = HMAC(K, V) repeatedly, output the leftmost n bytes, then
 * Update() with no data.
 */
public final class HmacDrbg {
  private static final int LENGTH = 32;
  private final Mac mac;
  private byte[] key = new byte[LENGTH];
  private byte[] value = new byte[LENGTH];

  public HmacDrbg(byte[] entropy, byte[] nonce, byte[] personalization) {
    try {
      mac = Mac.getInstance("HmacSHA256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
    Arrays.fill(value, (byte) 0x01);
    update(concat(entropy, nonce, personalization));
  }

  /** The next {@code n} pseudorandom bytes (one Generate call). */
  public byte[] generate(int n) {
    byte[] out = new byte[n];
    int filled = 0;
    while (filled < n) {
      value = hmac(key, value);
      int take = Math.min(LENGTH, n - filled);
      System.arraycopy(value, 0, out, filled, take);
      filled += take;
    }
    update(new byte[0]);
    return out;
  }

  private void update(byte[] provided) {
    key = hmac(key, concat(value, new byte[] {0x00}, provided));
    value = hmac(key, value);
    if (provided.length == 0) {
      return;
    }
    key = hmac(key, concat(value, new byte[] {0x01}, provided));
    value = hmac(key, value);
  }

  private byte[] hmac(byte[] key, byte[] data) {
    try {
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(data);
    } catch (InvalidKeyException e) {
      throw new IllegalStateException("a 32-byte key is always valid", e);
    }
  }

  private static byte[] concat(byte[]... parts) {
    int length = 0;
    for (byte[] part : parts) {
      length += part.length;
    }
    byte[] all = new byte[length];
    int at = 0;
    for (byte[] part : parts) {
      System.arraycopy(part, 0, all, at, part.length);
      at += part.length;
    }
    return all;
  }
}
