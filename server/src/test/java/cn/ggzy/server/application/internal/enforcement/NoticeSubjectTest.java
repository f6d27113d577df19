package cn.ggzy.server.application.internal.enforcement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import cn.ggzy.server.domain.model.enforcement.CaseSource;
import org.junit.jupiter.api.Test;

/** What a notice says the complaint is about: never the project twice, never "投诉…的投诉". */
class NoticeSubjectTest {
  @Test
  void aTitleThePublicChannelWroteGivesItsMatter() {
    assertEquals("评标不公", NoticeFacts.subject("投诉：评标不公（G230麻城段改建工程）", "G230麻城段改建工程",
        CaseSource.COMPLAINT));
    assertEquals("围标串标", NoticeFacts.subject("举报：围标串标", null, CaseSource.REPORT));
  }

  @Test
  void aTitleThatRepeatsTheProjectOrTheKindIsLeftOut() {
    assertNull(NoticeFacts.subject("城东安置房项目投诉", "城东安置房", CaseSource.COMPLAINT));
    assertNull(NoticeFacts.subject("关于某工程的举报", null, CaseSource.REPORT));
    assertNull(NoticeFacts.subject("  ", "某工程", CaseSource.COMPLAINT));
  }

  @Test
  void anOfficersOwnWordingIsKept() {
    assertEquals("评标结果", NoticeFacts.subject("评标结果", "麻城市第一中学教学楼建设工程", CaseSource.COMPLAINT));
  }
}
