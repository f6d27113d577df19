package cn.ggzy.server.domain.service;

/**
 * Keyed digests for the public channel (receipt numbers, access codes and their stored hashes,
 * idempotency-key hashes, proof-of-work challenges): HMAC-SHA-256 under a key derived from the
 * platform's secret for each {@code purpose}, so that nobody without the secret can compute or
 * test them, and a value made for one purpose means nothing for another.
 */
public interface IntakeSecrets {
  byte[] mac(String purpose, String data);
}
