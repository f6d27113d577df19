package cn.ggzy.server.infrastructure.security;

import cn.ggzy.server.domain.model.intake.FilerIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts a filer's identity with AES-256-GCM (authenticated): a fresh 96-bit nonce per value,
 * the receipt number as associated data (a ciphertext moved to another submission does not
 * decrypt). Layout: version byte 1, nonce (12), ciphertext with 128-bit tag.
 */
@ApplicationScoped
public class IdentityCipher {
  private static final byte VERSION = 1;
  private static final int NONCE = 12;
  private final SecureRandom random = new SecureRandom();
  private IdentityKey key;
  private volatile SecretKeySpec spec;

  protected IdentityCipher() {}

  @Inject
  public IdentityCipher(IdentityKey key) {
    this.key = key;
  }

  public byte[] encrypt(FilerIdentity identity, String receiptNumber) {
    return seal(serialise(identity), receiptNumber);
  }

  public FilerIdentity decrypt(byte[] stored, String receiptNumber) {
    return deserialise(open(stored, receiptNumber));
  }

  /**
   * Encrypts personal data other than a filer's identity (an expert's resident ID and phone), UTF-8
   * in the same layout, bound to {@code context} (the record's id) as associated data.
   */
  public byte[] encryptText(String plain, String context) {
    return seal(plain.getBytes(StandardCharsets.UTF_8), context);
  }

  public String decryptText(byte[] stored, String context) {
    byte[] plain = open(stored, context);
    try {
      return new String(plain, StandardCharsets.UTF_8);
    } finally {
      Arrays.fill(plain, (byte) 0);
    }
  }

  /** AES-256-GCM of {@code plain} under a fresh nonce, {@code context} as associated data: version, nonce, ciphertext. */
  private byte[] seal(byte[] plain, String context) {
    byte[] nonce = new byte[NONCE];
    random.nextBytes(nonce);
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, spec(), new GCMParameterSpec(128, nonce));
      cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
      byte[] sealed = cipher.doFinal(plain);
      return ByteBuffer.allocate(1 + NONCE + sealed.length).put(VERSION).put(nonce).put(sealed).array();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("identity encryption failed", e);
    }
  }

  private byte[] open(byte[] stored, String context) {
    if (stored == null || stored.length < 1 + NONCE + 16 || stored[0] != VERSION) {
      throw new IllegalStateException("stored identity has an unknown format");
    }
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, spec(), new GCMParameterSpec(128, Arrays.copyOfRange(stored, 1, 1 + NONCE)));
      cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
      return cipher.doFinal(stored, 1 + NONCE, stored.length - 1 - NONCE);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("stored identity cannot be decrypted (wrong key or altered)", e);
    }
  }

  private SecretKeySpec spec() {
    SecretKeySpec s = spec;
    if (s == null) {
      s = new SecretKeySpec(key.encryptionKey(), "AES");
      spec = s;
    }
    return s;
  }

  private static byte[] serialise(FilerIdentity i) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeBoolean(i.anonymous());
      for (String s : new String[] {i.personKind(), i.name(), i.idNumber(), i.organisation(), i.creditCode(),
          i.phone(), i.address()}) {
        out.writeBoolean(s != null);
        if (s != null) {
          out.writeUTF(s);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static FilerIdentity deserialise(byte[] plain) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(plain))) {
      boolean anonymous = in.readBoolean();
      String[] v = new String[7];
      for (int k = 0; k < v.length; k++) {
        v[k] = in.readBoolean() ? in.readUTF() : null;
      }
      return new FilerIdentity(anonymous, v[0], v[1], v[2], v[3], v[4], v[5], v[6]);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      Arrays.fill(plain, (byte) 0);
    }
  }
}
