package cn.ggzy.server.application;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.domain.model.rigging.Art40Item;
import cn.ggzy.server.domain.model.rigging.PricePatternKind;
import cn.ggzy.server.domain.model.rigging.TraceField;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RiggingMessagesTest {
  @Test
  void everyLegalBasisAndEvidenceReadsInChineseAndEnglish() {
    List<String> codes = new ArrayList<>(List.of("rigging.documents.nearDuplicate", "rigging.notice",
        "rigging.documents.sharedError", "rigging.evidence.expertDeviation", "rigging.basis.art49",
        "rigging.import.textTooLong", "rigging.import.textTooShort", "rigging.import.tooManyDocuments",
        "rigging.import.score", "rigging.import.tooLarge"));
    for (Art40Item item : Art40Item.values()) {
      codes.add(item.legalBasis());
    }
    for (TraceField field : TraceField.values()) {
      codes.add("rigging.field." + field);
    }
    for (PricePatternKind kind : PricePatternKind.values()) {
      codes.add("rigging.pattern." + kind);
    }
    for (String code : codes) {
      assertNotEquals(code, Messages.chinese(code), code + " has no Chinese text");
      assertNotEquals(code, Messages.english(code), code + " has no English text");
      assertNotEquals(Messages.chinese(code), Messages.english(code));
    }
    assertTrue(Messages.chinese(Art40Item.SAME_BOND_ACCOUNT.legalBasis()).contains("第四十条第（六）项"));
    assertTrue(Messages.chinese("rigging.basis.art49").contains("第四十九条"));
  }
}
