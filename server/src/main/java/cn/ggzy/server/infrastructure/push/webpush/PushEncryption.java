package cn.ggzy.server.infrastructure.push.webpush;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Message encryption for Web Push (RFC 8291) in the aes128gcm content coding (RFC 8188): an
 * ephemeral P-256 key agreed with the subscription's key, mixed with its authentication secret,
 * one record. Only the browser that holds the subscription can read the message.
 */
final class PushEncryption {
  private static final SecureRandom RANDOM = new SecureRandom();
  static final int RECORD_SIZE = 4096;

  private PushEncryption() {}

  /** The encrypted body: salt, record size, sender key, then the AES-GCM ciphertext. */
  static byte[] encrypt(byte[] plaintext, byte[] subscriptionKey, byte[] authSecret) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(new ECGenParameterSpec("secp256r1"));
      KeyPair ephemeral = generator.generateKeyPair();
      byte[] salt = new byte[16];
      RANDOM.nextBytes(salt);
      return encrypt(plaintext, subscriptionKey, authSecret, ephemeral, salt);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  static byte[] encrypt(byte[] plaintext, byte[] subscriptionKey, byte[] authSecret, KeyPair ephemeral, byte[] salt)
      throws GeneralSecurityException {
    byte[] senderKey = P256.raw((ECPublicKey) ephemeral.getPublic());
    KeyAgreement agreement = KeyAgreement.getInstance("ECDH");
    agreement.init(ephemeral.getPrivate());
    agreement.doPhase(P256.publicKey(subscriptionKey), true);
    byte[] ecdhSecret = agreement.generateSecret();

    byte[] keyInfo = concat("WebPush: info".getBytes(StandardCharsets.US_ASCII), new byte[] {0}, subscriptionKey,
        senderKey);
    byte[] ikm = hkdf(authSecret, ecdhSecret, keyInfo, 32);
    byte[] cek = hkdf(salt, ikm, concat("Content-Encoding: aes128gcm".getBytes(StandardCharsets.US_ASCII),
        new byte[] {0}), 16);
    byte[] nonce = hkdf(salt, ikm, concat("Content-Encoding: nonce".getBytes(StandardCharsets.US_ASCII),
        new byte[] {0}), 12);

    Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
    aes.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(cek, "AES"), new GCMParameterSpec(128, nonce));
    byte[] ciphertext = aes.doFinal(concat(plaintext, new byte[] {2}));
    if (ciphertext.length + 86 > RECORD_SIZE) {
      throw new IllegalArgumentException("push message too long");
    }
    ByteBuffer header = ByteBuffer.allocate(16 + 4 + 1 + senderKey.length);
    header.put(salt).putInt(RECORD_SIZE).put((byte) senderKey.length).put(senderKey);
    return concat(header.array(), ciphertext);
  }

  /** HKDF-SHA-256 (RFC 5869) with one expansion block, enough for every key here. */
  static byte[] hkdf(byte[] salt, byte[] ikm, byte[] info, int length) throws GeneralSecurityException {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(salt, "HmacSHA256"));
    byte[] prk = mac.doFinal(ikm);
    mac.init(new SecretKeySpec(prk, "HmacSHA256"));
    return Arrays.copyOf(mac.doFinal(concat(info, new byte[] {1})), length);
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }
}
