package cn.ggzy.server.domain.model.draw;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** The generator is the standard HMAC_DRBG (NIST SP 800-90A, HMAC-SHA-256). */
class HmacDrbgTest {
  @Test
  void theGeneratorIsNistHmacDrbgSha256() {
    // NIST CAVP HMAC_DRBG.rsp, [SHA-256], no prediction resistance, no personalization, COUNT = 0:
    // instantiate, generate 1024 bits (discarded), generate 1024 bits (ReturnedBits)
    HexFormat hex = HexFormat.of();
    HmacDrbg drbg = new HmacDrbg(hex.parseHex("ca851911349384bffe89de1cbdc46e6831e44d34a4fb935ee285dd14b71a7488"),
        hex.parseHex("659ba96c601dc69fc902940805ec0ca8"), new byte[0]);
    drbg.generate(128);
    assertEquals("e528e9abf2dece54d47c7e75e5fe302149f817ea9fb4bee6f4199697d04d5b89d54fbb978a15b5c443c9ec21036d2460"
        + "b6f73ebad0dc2aba6e624abf07745bc107694bb7547bb0995f70de25d6b29e2d3011bb19d27676c07162c8b5ccde0668961df868"
        + "03482cb37ed6d5c0bb8d50cf1f50d476aa0458bdaba806f48be9dcb8", hex.formatHex(drbg.generate(128)));
  }
}
