package cn.ggzy.server.domain.model.draw;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** SHA-256 in lowercase hex (FIPS 180-2 example "abc"), and hex decoding that refuses what is not hex. */
class HashesTest {
  @Test
  void sha256IsLowercaseHexOfTheUtf8Bytes() {
    String abc = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
    assertEquals(abc, Hashes.sha256("abc"));
    assertEquals(abc, Hashes.sha256("abc".getBytes(StandardCharsets.US_ASCII)));
    assertEquals(Hashes.sha256("监督人".getBytes(StandardCharsets.UTF_8)), Hashes.sha256("监督人"));
  }

  @Test
  void hexOfEitherCaseDecodesAndAnythingElseIsNull() {
    assertArrayEquals(new byte[] {0x0a, (byte) 0xff}, Hashes.fromHex("0aFF"));
    assertNull(Hashes.fromHex(null));
    assertNull(Hashes.fromHex("abc"));
    assertNull(Hashes.fromHex("zz"));
  }
}
