package cn.ggzy.webui.cases;

import cn.ggzy.server.application.CaseRegister.Inbox;
import cn.ggzy.server.application.CaseRegister.InboxRequest;
import cn.ggzy.server.domain.model.enforcement.CaseSource;
import cn.ggzy.server.domain.model.enforcement.CaseStatus;
import java.io.Serializable;
import java.util.Set;

/** What the officer filters the inbox by; a page of it is asked with {@link #page(int, int)}. */
public record InboxCriteria(Inbox inbox, Set<CaseStatus> statuses, CaseSource source, String department,
    boolean overdueOnly, String numberContains) implements Serializable {
  public InboxCriteria {
    statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    numberContains = numberContains == null || numberContains.isBlank() ? null : numberContains.strip();
    department = inbox == Inbox.OFFICE ? department : null;
  }

  public static InboxCriteria of(Inbox inbox) {
    return new InboxCriteria(inbox, Set.of(), null, null, false, null);
  }

  public InboxCriteria overdue() {
    return new InboxCriteria(inbox, statuses, source, department, true, numberContains);
  }

  public InboxRequest page(int offset, int limit) {
    return new InboxRequest(inbox, statuses.isEmpty() ? null : statuses, source, department, overdueOnly,
        numberContains, offset, limit);
  }
}
