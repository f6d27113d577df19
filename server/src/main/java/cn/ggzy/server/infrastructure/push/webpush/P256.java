package cn.ggzy.server.infrastructure.push.webpush;

import java.math.BigInteger;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPrivateKeySpec;
import java.security.spec.ECPublicKeySpec;
import java.util.Arrays;

/** P-256 keys in the raw forms Web Push uses: 65-byte uncompressed points, 32-byte scalars. */
public final class P256 {
  private static final ECParameterSpec PARAMS = params();

  private P256() {}

  public static byte[] raw(ECPublicKey key) {
    byte[] out = new byte[65];
    out[0] = 4;
    System.arraycopy(fixed(key.getW().getAffineX()), 0, out, 1, 32);
    System.arraycopy(fixed(key.getW().getAffineY()), 0, out, 33, 32);
    return out;
  }

  public static byte[] raw(ECPrivateKey key) {
    return fixed(key.getS());
  }

  public static ECPublicKey publicKey(byte[] raw) {
    if (raw.length != 65 || raw[0] != 4) {
      throw new IllegalArgumentException("not an uncompressed P-256 point");
    }
    ECPoint point = new ECPoint(new BigInteger(1, Arrays.copyOfRange(raw, 1, 33)),
        new BigInteger(1, Arrays.copyOfRange(raw, 33, 65)));
    try {
      return (ECPublicKey) KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(point, PARAMS));
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("not a P-256 public key", e);
    }
  }

  public static ECPrivateKey privateKey(byte[] raw) {
    try {
      return (ECPrivateKey) KeyFactory.getInstance("EC")
          .generatePrivate(new ECPrivateKeySpec(new BigInteger(1, raw), PARAMS));
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("not a P-256 private key", e);
    }
  }

  private static byte[] fixed(BigInteger value) {
    byte[] bytes = value.toByteArray();
    byte[] out = new byte[32];
    int copy = Math.min(bytes.length, 32);
    System.arraycopy(bytes, bytes.length - copy, out, 32 - copy, copy);
    return out;
  }

  private static ECParameterSpec params() {
    try {
      AlgorithmParameters p = AlgorithmParameters.getInstance("EC");
      p.init(new ECGenParameterSpec("secp256r1"));
      return p.getParameterSpec(ECParameterSpec.class);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
