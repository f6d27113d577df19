package cn.ggzy.webui.cases;

import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.CaseRegister;
import cn.ggzy.server.application.CaseRegister.Inbox;
import cn.ggzy.server.application.Permission;
import cn.ggzy.server.domain.model.enforcement.CaseStatus;
import cn.ggzy.webui.i18n.DomainErrors;
import cn.ggzy.webui.i18n.Texts;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * 我的工作台's figures, each opening the list it counts (the same filter): my open cases, my
 * department's cases waiting for acceptance, the proposals waiting for a head's approval (heads),
 * and my department's overdue cases.
 */
public class CaseCounts extends Div {
  static final Set<CaseStatus> OPEN = Arrays.stream(CaseStatus.values()).filter(CaseStatus::open)
      .collect(Collectors.toUnmodifiableSet());

  private long approvalsWaiting;

  public CaseCounts(CaseRegister cases, Caller caller, Texts texts) {
    setId("case-counts");
    addClassName("case-counts");
    add(figure("console-cases-mine", texts.get("console.cases.mine"), cases, caller,
        new InboxCriteria(Inbox.MINE, OPEN, null, null, false, null), false));
    add(figure("console-cases-to-accept", texts.get("console.cases.toAccept"), cases, caller,
        new InboxCriteria(Inbox.DEPARTMENT, Set.of(CaseStatus.REGISTERED), null, null, false, null), true));
    if (caller.may(Permission.APPROVE_CASES)) {
      InboxCriteria approvals = new InboxCriteria(Inbox.DEPARTMENT, APPROVALS, null, null, false, null);
      approvalsWaiting = count(cases, caller, approvals);
      add(figure("console-cases-to-approve", texts.get("console.cases.toApprove"), approvalsWaiting, approvals,
          true));
    }
    add(figure("console-cases-overdue", texts.get("console.cases.overdue"), cases, caller,
        InboxCriteria.of(Inbox.DEPARTMENT).overdue(), true));
  }

  /** The proposals waiting for a head's approval, as counted (0 for those who do not approve). */
  public long approvalsWaiting() {
    return approvalsWaiting;
  }

  /** What waits for a head's approval. */
  public static final Set<CaseStatus> APPROVALS = Arrays.stream(CaseStatus.values())
      .filter(CaseStatus::awaitsApproval).collect(Collectors.toUnmodifiableSet());

  /** The inbox address that shows exactly what {@code criteria} counts (read back by {@code CasesView}). */
  static String link(InboxCriteria criteria) {
    StringBuilder b = new StringBuilder("console/cases?inbox=").append(criteria.inbox().name());
    if (!criteria.statuses().isEmpty()) {
      b.append("&status=").append(criteria.statuses().stream().map(Enum::name).sorted()
          .collect(Collectors.joining(",")));
    }
    if (criteria.overdueOnly()) {
      b.append("&overdue=true");
    }
    return b.toString();
  }

  private static long count(CaseRegister cases, Caller caller, InboxCriteria criteria) {
    return DomainErrors.orElse(() -> cases.inbox(caller, criteria.page(0, 1)).total(), e -> 0L);
  }

  private static Anchor figure(String id, String label, CaseRegister cases, Caller caller, InboxCriteria criteria,
      boolean urgent) {
    return figure(id, label, count(cases, caller, criteria), criteria, urgent);
  }

  private static Anchor figure(String id, String label, long count, InboxCriteria criteria, boolean urgent) {
    Span number = new Span(String.valueOf(count));
    number.addClassName("case-count");
    Span text = new Span(label);
    text.addClassName("case-count-label");
    Anchor link = new Anchor(link(criteria), "");
    link.add(number, text);
    link.getElement().setAttribute("router-link", true);
    link.setId(id);
    link.addClassName("case-count-card");
    if (count > 0 && urgent) {
      link.addClassName("case-count-late");
    }
    return link;
  }
}
