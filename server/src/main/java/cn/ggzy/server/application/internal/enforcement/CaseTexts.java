package cn.ggzy.server.application.internal.enforcement;

import cn.ggzy.server.application.Messages;
import cn.ggzy.server.domain.model.enforcement.ApprovalKind;
import cn.ggzy.server.domain.model.enforcement.CaseSource;
import cn.ggzy.server.domain.model.enforcement.CaseStatus;
import cn.ggzy.server.domain.model.enforcement.DecisionKind;
import cn.ggzy.server.domain.model.enforcement.NonAcceptanceGround;

/** Chinese names of the case vocabulary for written documents (keys in case-messages). */
final class CaseTexts {
  private CaseTexts() {}

  static String source(CaseSource s) {
    return Messages.chinese("case.source." + s.name());
  }

  static String status(CaseStatus s) {
    return Messages.chinese("case.status." + s.name());
  }

  static String action(String action) {
    return Messages.chinese("case.action." + action);
  }

  static String ground(NonAcceptanceGround g) {
    return Messages.chinese("case.ground." + g.name());
  }

  static String decision(DecisionKind k) {
    return Messages.chinese("case.decisionKind." + k.name());
  }

  static String approval(ApprovalKind k) {
    return Messages.chinese("case.approvalKind." + k.name());
  }
}
