package cn.ggzy.webui.experts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.application.ExpertDraws.Invitation;
import cn.ggzy.server.domain.model.expert.AssignmentStatus;
import cn.ggzy.webui.i18n.Language;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The invited expert's page: the invitation in Beijing time, an answer, a refusal with its reason. */
class InvitationReplyTest {
  private static final Instant START = Instant.parse("2026-12-18T01:30:00Z");
  private static final Instant REPLY_BY = Instant.parse("2026-12-14T04:00:00Z");
  private final List<String> answers = new ArrayList<>();

  private static Invitation invitation(AssignmentStatus status, boolean remote) {
    return new Invitation("XD-1", "城东污水管网改造工程二标段", "城东污水管网改造工程", "A0202", START,
        remote ? null : "麻城市公共资源交易中心第三评标室", remote, status, REPLY_BY, "张工");
  }

  private InvitationReply reply(AssignmentStatus status, boolean remote) {
    InvitationReply reply = new InvitationReply(ExpertTestData.chinese(), Language.CHINESE,
        ExpertTestData.names(Language.CHINESE));
    reply.onReply((accept, reason) -> answers.add(accept + ":" + reason));
    reply.show(invitation(status, remote));
    return reply;
  }

  @Test
  void theInvitationSaysWhatWhenAndWhereInBeijingTime() {
    InvitationReply reply = reply(AssignmentStatus.INVITED, false);
    String text = reply.getElement().getTextRecursively();
    assertTrue(text.contains("张工专家"), text);
    assertTrue(text.contains("A0202 给水排水管网"), text);
    assertTrue(text.contains("2026年12月18日 09:30"), text);
    assertTrue(text.contains("麻城市公共资源交易中心第三评标室"), text);
    assertTrue(text.contains("2026年12月14日 12:00"), text);
    assertFalse(reply.answer.isVisible());
    assertTrue(reply.actions.isVisible());
  }

  @Test
  void decliningNeedsAReasonAcceptingDoesNot() {
    InvitationReply reply = reply(AssignmentStatus.INVITED, true);
    assertTrue(reply.getElement().getTextRecursively().contains("远程异地评标"));
    reply.decline.click();
    assertEquals(List.of(), answers);
    assertTrue(reply.reason.isInvalid());
    reply.reason.setValue("  当天出差外省  ");
    reply.decline.click();
    reply.accept.click();
    assertEquals(List.of("false:当天出差外省", "true:null"), answers);
  }

  @Test
  void anAnsweredInvitationShowsTheAnswerInsteadOfTheButtons() {
    InvitationReply reply = reply(AssignmentStatus.DECLINED, false);
    assertTrue(reply.answer.isVisible());
    assertEquals("DECLINED", reply.answer.getElement().getAttribute("data-status"));
    assertEquals("您已答复不能参加，系统将另行抽取。", reply.answer.getText());
    assertFalse(reply.actions.isVisible(), "no second answer");
    assertTrue(reply.showFieldError("reason", "请填写不能参加的原因（不超过 200 个字）"));
    assertFalse(reply.showFieldError("token", "您已答复过此邀请"));
  }
}
