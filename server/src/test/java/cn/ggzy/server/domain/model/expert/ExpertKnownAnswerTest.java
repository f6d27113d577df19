package cn.ggzy.server.domain.model.expert;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.ggzy.server.domain.model.expert.ExpertDrawDocument.Candidate;
import cn.ggzy.server.domain.model.expert.ExpertDrawResult.Member;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A known answer, computed independently by the reference script {@code docs/verify_expert_draw.py}
 * (its own canonical JSON, SHA-256, HMAC_DRBG and draw): a change to the draw's rules in Java that
 * the published specification does not make fails here.
 */
class ExpertKnownAnswerTest {
  /** {@code sha256sum} of the document the script read. */
  private static final String DOCUMENT_SHA256 = "7a83179675f5915646729158fca81c4369bcdfa4cb6a4e47838cac0e2df4139a";

  static ExpertDrawDocument document() {
    List<Candidate> candidates = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      candidates.add(new Candidate(String.format("421181-E%03d", i), String.format("g%02d", i / 2),
          i < 9 ? List.of("A0301") : List.of("A0304", "A0301")));
    }
    for (int i = 0; i < 4; i++) {
      candidates.add(new Candidate(String.format("421181-F%03d", i), String.format("h%02d", i), List.of("A0304")));
    }
    return new ExpertDrawDocument("XD-KNOWN", 1, "421181", "G230-01", "2026-11-16",
        List.of(new SpecialtyQuota("A0304", 2), new SpecialtyQuota("A0301", 3)), candidates, List.of("g05"));
  }

  /** The answer of {@code python3 docs/verify_expert_draw.py --files <document> 000102…1f 20261116-8831}. */
  @Test
  void theReferenceScriptDrawsTheSameExperts() {
    ExpertDrawDocument document = document();
    assertEquals(DOCUMENT_SHA256, document.hash());
    byte[] seed = HexFormat.of().parseHex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");
    assertEquals(List.of(new Member("A0301", "421181-E008"), new Member("A0301", "421181-E004"),
        new Member("A0301", "421181-E000"), new Member("A0304", "421181-F000"), new Member("A0304", "421181-F001")),
        ExpertPanelDraw.run(document, seed, "20261116-8831").members());
  }
}
