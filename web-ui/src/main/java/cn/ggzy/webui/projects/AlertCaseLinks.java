package cn.ggzy.webui.projects;

import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.CaseRegister;
import cn.ggzy.server.application.CaseRegister.Inbox;
import cn.ggzy.server.application.CaseRegister.InboxRequest;
import cn.ggzy.server.application.CaseViews.Line;
import cn.ggzy.server.domain.model.enforcement.CaseStatus;
import cn.ggzy.webui.cases.CaseAccess;
import cn.ggzy.webui.i18n.DomainErrors;
import java.util.EnumSet;
import java.util.Optional;

/**
 * The case behind an alert's case number, for a link to its page (the case pages are addressed by
 * id): looked up by its number in the widest inbox the officer has (the office's across the
 * region, else the department's), open or closed. Empty when the officer cannot see the case (it
 * was transferred away) or it is not found; the number is then shown without a link.
 */
final class AlertCaseLinks {
  private AlertCaseLinks() {}

  static Optional<String> caseId(CaseRegister cases, Caller caller, boolean inOffice, String number) {
    if (number == null || number.isBlank()) {
      return Optional.empty();
    }
    Inbox inbox = CaseAccess.inboxes(caller, inOffice).contains(Inbox.OFFICE) ? Inbox.OFFICE : Inbox.DEPARTMENT;
    InboxRequest request = new InboxRequest(inbox, EnumSet.allOf(CaseStatus.class), null, null, false, number, 0, 5);
    return DomainErrors.orElse(() -> cases.inbox(caller, request).lines().stream()
        .filter(l -> number.equals(l.number())).map(Line::id).findFirst(), e -> Optional.empty());
  }
}
