package cn.ggzy.mobileapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.mobileapi.ErrorMappers.RuleBookRefusal;
import cn.ggzy.server.domain.model.review.RuleBookRefusedException;
import org.junit.jupiter.api.Test;

/** How failures answer: a refused rule book with its detail; requests the runtime cannot read as 400. */
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

  private static RuntimeException thrownAt(String... classes) {
    RuntimeException e = new IllegalArgumentException("x");
    StackTraceElement[] frames = new StackTraceElement[classes.length];
    for (int i = 0; i < classes.length; i++) {
      frames[i] = new StackTraceElement(classes[i], "m", null, 1);
    }
    e.setStackTrace(frames);
    return e;
  }

  /**
   * Found by fuzzing: an Accept header with a bad quality value, an address no URI can hold or JSON
   * nested a thousand deep failed inside the runtime before our code and answered 500; now 400.
   */
  @Test
  void aRequestTheRuntimeCannotReadIsABadRequestAndOurOwnFaultsStayServerErrors() {
    RuntimeException accept = thrownAt("java.lang.Float", "org.jboss.resteasy.util.WeightedMediaType",
        "org.jboss.resteasy.core.SynchronousDispatcher");
    assertTrue(ErrorMappers.unreadableRequest(accept));
    assertTrue(ErrorMappers.unreadableRequest(thrownAt("java.net.URI", "org.jboss.resteasy.specimpl.ResteasyUriInfo")));
    assertTrue(ErrorMappers.unreadableRequest(thrownAt("org.eclipse.parsson.JsonParserImpl")));
    assertFalse(ErrorMappers.unreadableRequest(thrownAt("java.util.Objects", "cn.ggzy.server.Something",
        "org.jboss.resteasy.core.MethodInjectorImpl")), "our own fault stays a 500");
    assertFalse(ErrorMappers.unreadableRequest(thrownAt("java.lang.String")));
  }
}
