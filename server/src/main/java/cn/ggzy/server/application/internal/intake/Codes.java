package cn.ggzy.server.application.internal.intake;

import cn.ggzy.server.domain.service.IntakeSecrets;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Locale;

/**
 * Receipt numbers, access codes and the hashes kept of them, all derived with keyed digests from
 * the client's idempotency key: a retry with the same key finds the same receipt and gets the same
 * access code back, yet only a keyed hash of the code is ever stored. Codes are written in
 * Crockford's base 32 (no I, L, O, U), typed case-insensitively with or without hyphens.
 */
final class Codes {
  static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  /** 16 characters of base 32: 80 bits. */
  static final int ACCESS_CODE_LENGTH = 16;
  private final IntakeSecrets secrets;

  Codes(IntakeSecrets secrets) {
    this.secrets = secrets;
  }

  /** TS421181-7K3M9QPX2A (投诉) or JB421181-… (举报): region code and 50 bits from the key. */
  String receiptNumber(String kind, String region, String idempotencyKey) {
    String prefix = "COMPLAINT".equals(kind) ? "TS" : "JB";
    return prefix + region + "-" + base32(secrets.mac("receipt", kind + "|" + region + "|" + idempotencyKey), 10);
  }

  /** XXXX-XXXX-XXXX-XXXX. */
  String accessCode(String receiptNumber, String idempotencyKey) {
    String raw = base32(secrets.mac("access-code", receiptNumber + "|" + idempotencyKey), ACCESS_CODE_LENGTH);
    return raw.substring(0, 4) + "-" + raw.substring(4, 8) + "-" + raw.substring(8, 12) + "-" + raw.substring(12);
  }

  String accessCodeHash(String receiptNumber, String accessCode) {
    return Base64.getEncoder().encodeToString(
        secrets.mac("access-hash", receiptNumber + "|" + normaliseAccessCode(accessCode)));
  }

  /** Compares in constant time; an unknown receipt is compared against a dummy hash. */
  boolean accessCodeMatches(String receiptNumber, String accessCode, String storedHash) {
    byte[] typed = accessCodeHash(receiptNumber, accessCode == null ? "" : accessCode)
        .getBytes(StandardCharsets.US_ASCII);
    byte[] stored = (storedHash == null ? "-" : storedHash).getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(typed, stored) && storedHash != null;
  }

  String keyHash(String idempotencyKey) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(secrets.mac("idempotency", idempotencyKey));
  }

  String fingerprint(String canonical) {
    return Base64.getEncoder().encodeToString(secrets.mac("fingerprint", canonical));
  }

  static String normaliseAccessCode(String code) {
    StringBuilder out = new StringBuilder();
    for (char c : code.toUpperCase(Locale.ROOT).toCharArray()) {
      char k = c == 'O' ? '0' : c == 'I' || c == 'L' ? '1' : c;
      if (ALPHABET.indexOf(k) >= 0) {
        out.append(k);
      }
    }
    return out.toString();
  }

  /** Receipt numbers as typed: upper case, no spaces. */
  static String normaliseReceipt(String receipt) {
    return receipt == null ? "" : receipt.strip().toUpperCase(Locale.ROOT);
  }

  static String base32(byte[] bytes, int length) {
    StringBuilder out = new StringBuilder(length);
    int buffer = 0;
    int bits = 0;
    for (byte b : bytes) {
      buffer = (buffer << 8) | (b & 0xFF);
      bits += 8;
      while (bits >= 5 && out.length() < length) {
        out.append(ALPHABET.charAt((buffer >> (bits - 5)) & 31));
        bits -= 5;
      }
    }
    return out.toString();
  }
}
