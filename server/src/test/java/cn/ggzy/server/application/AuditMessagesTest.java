package cn.ggzy.server.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import cn.ggzy.server.domain.model.audit.ChainBreak;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditMessagesTest {
  @Test
  void everyResultOfAChainCheckReadsInChineseAndEnglish() {
    List<String> codes = new ArrayList<>(List.of("audit.chain.intact"));
    for (ChainBreak.Kind kind : ChainBreak.Kind.values()) {
      codes.add("audit.break." + kind);
    }
    for (String code : codes) {
      assertNotEquals(code, Messages.chinese(code), code + " has no Chinese text");
      assertNotEquals(code, Messages.english(code), code + " has no English text");
      assertNotEquals(Messages.chinese(code), Messages.english(code));
    }
    assertEquals("记录被删除", Messages.chinese("audit.break.ENTRY_DELETED"));
  }
}
