package cn.ggzy.webui.cases;

import cn.ggzy.server.domain.model.enforcement.CaseAction;
import java.util.List;

/** The inputs of one action's dialog: exactly what the backend reads for that action. */
enum ActionInput {
  REASON, GROUND, OFFICER, TO, WORKING_DAYS, PAUSE_KIND, ORGAN, ORGAN_NAME, DOCUMENTS, TOPIC, INVITED, TEXT,
  DECISION;

  static List<ActionInput> of(CaseAction action) {
    return switch (action) {
      case ACCEPT, START_INVESTIGATION, RESUME -> List.of();
      case PROPOSE_NON_ACCEPTANCE -> List.of(GROUND, REASON);
      case ASSIGN -> List.of(OFFICER);
      case REQUEST_SUPPLEMENT, RECEIVE_SUPPLEMENT, RECORD_OPINION, CONCLUDE_CONSULTATION, DELIVER -> List.of(TEXT);
      case PAUSE -> List.of(PAUSE_KIND, REASON);
      case REQUEST_EXTENSION -> List.of(WORKING_DAYS, REASON);
      case TRANSFER -> List.of(TO, REASON);
      case REFER -> List.of(ORGAN, ORGAN_NAME, REASON, DOCUMENTS);
      case OPEN_CONSULTATION -> List.of(TOPIC, INVITED);
      case PROPOSE_DECISION -> List.of(DECISION);
      default -> List.of(REASON);
    };
  }

  /** Approvals and refusals of approvals ask for an opinion rather than a reason. */
  static boolean approval(CaseAction action) {
    return action.name().startsWith("APPROVE_") || action.name().startsWith("REFUSE_");
  }
}
