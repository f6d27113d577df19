package cn.ggzy.webui.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Found by fuzzing: a query such as {@code ?%ZZ=%ZZ} or {@code q=vd%} made the API's and the UI's
 * decoders fail with a server error; such addresses are refused with 400 before them.
 */
class SecurityHeadersTest {
  @Test
  void aPercentSignThatStartsNoEscapeIsMalformed() {
    assertTrue(SecurityHeaders.malformed("%ZZ=%ZZ", "/api/v1/public/regions"));
    assertTrue(SecurityHeaders.malformed("q=vd%", "/api/v1/public/credit/blacklist"));
    assertTrue(SecurityHeaders.malformed("q=%E4%B", "/"));
    assertTrue(SecurityHeaders.malformed(null, "/console/cases/%G0"));
    assertFalse(SecurityHeaders.malformed("q=%E5%BB%BA&limit=20", "/api/v1/public/credit/redlist"));
    assertFalse(SecurityHeaders.malformed(null, "/tracking/MC2026-0001"));
    assertFalse(SecurityHeaders.malformed("", "/"));
  }
}
