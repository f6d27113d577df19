package cn.ggzy.mobileapi.inspections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.mobileapi.ApiError;
import cn.ggzy.server.domain.model.inspection.DrawRefusedException;
import org.junit.jupiter.api.Test;

/** A refused draw tells the API client which object cannot be staffed and why, in both languages. */
class DrawRefusedMapperTest {
  @Test
  void theAnswerNamesTheObjectAndTheNumbers() {
    ApiError error = DrawRefusedMapper.error(new DrawRefusedException(
        DrawRefusedException.Reason.TOO_FEW_INSPECTORS, "MC2026-018", "某道路工程", 1, 2));
    assertEquals("inspection.draw.tooFewInspectors", error.code());
    assertEquals("MC2026-018", error.field());
    assertTrue(error.message().contains("MC2026-018（某道路工程）回避后只剩 1 名"), error.message());
    assertTrue(error.messageEn().contains("only 1 certified inspector(s) are left for object MC2026-018"),
        error.messageEn());
  }
}
