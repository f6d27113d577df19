package cn.ggzy.mobileapi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.ggzy.mobileapi.ErrorMappers.RuleBookRefusal;
import cn.ggzy.server.domain.model.review.RuleBookRefusedException;
import org.junit.jupiter.api.Test;

/** A refused rule book tells the office which rule broke and why, beside the usual code and texts. */
class ErrorMappersTest {
  @Test
  void aRefusedRuleBookCarriesTheParsersDetail() {
    RuleBookRefusal error = ErrorMappers.RuleBookRefused.error(new RuleBookRefusedException(
        "rule region.local-entity does not find its example+: 投标人须在麻城市设立分公司。"));
    assertEquals("review.rules.invalid", error.code());
    assertEquals("text", error.field());
    assertEquals("审查规则有误，未保存", error.message());
    assertEquals("The rule book has an error and was not saved", error.messageEn());
    assertEquals("rule region.local-entity does not find its example+: 投标人须在麻城市设立分公司。", error.detail());
  }
}
