package cn.ggzy.webui.publicsite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.intake.IntakeValidationException;
import cn.ggzy.server.domain.model.intake.IntakeValidationException.Violation;
import cn.ggzy.server.domain.model.intake.RateLimitedException;
import cn.ggzy.webui.i18n.Language;
import cn.ggzy.webui.i18n.Texts;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PublicErrorsTest {
  static final Texts TEXTS = (key, params) -> key + Arrays.toString(params);

  @Test
  void everyViolationIsShownAtItsFieldAndTheRestIsReturned() {
    Map<String, String> shown = new HashMap<>();
    var e = new IntakeValidationException(List.of(new Violation("intake.phone.invalid", "complainant.phone"),
        new Violation("intake.idNumber.checksum", "complainant.idNumber"),
        new Violation("intake.proof.invalid", "proof")));
    List<String> rest = PublicErrors.showAtFields(e, Language.CHINESE, TEXTS, (field, message) -> {
      if (field.equals("proof")) {
        return false;
      }
      shown.put(field, message);
      return true;
    });
    assertEquals("请填写 11 位中国大陆手机号码", shown.get("complainant.phone"));
    assertEquals("居民身份证号码校验位不正确，请核对", shown.get("complainant.idNumber"));
    assertEquals(List.of("安全验证未通过，请重试"), rest);
  }

  @Test
  void beingSlowedDownSaysHowLongToWaitInTheLanguageOfThePage() {
    var e = new RateLimitedException("intake.rate.tracking", 30);
    assertEquals("public.retryAfter[查询尝试过于频繁，请稍后再试, 30]", PublicErrors.message(e, Language.CHINESE, TEXTS));
    assertTrue(PublicErrors.message(e, Language.ENGLISH, TEXTS).startsWith("public.retryAfter[Too many"),
        PublicErrors.message(e, Language.ENGLISH, TEXTS));
  }

  @Test
  void aWrongCodeReadsLikeAnUnknownReceipt() {
    var e = new DomainException("intake.tracking.notFound", null);
    assertEquals(List.of("回执编号或查询码不正确"), PublicErrors.showAtFields(e, Language.CHINESE, TEXTS, (f, m) -> false));
  }
}
