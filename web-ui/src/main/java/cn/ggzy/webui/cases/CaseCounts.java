package cn.ggzy.webui.cases;

import cn.ggzy.server.application.CaseRegister;
import cn.ggzy.server.application.CaseRegister.Inbox;
import cn.ggzy.server.application.Caller;
import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.enforcement.CaseStatus;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** The console's case figures: my open cases, and my department's overdue ones; each opens its inbox. */
public class CaseCounts extends Div {
  static final Set<CaseStatus> OPEN = Arrays.stream(CaseStatus.values()).filter(CaseStatus::open)
      .collect(Collectors.toUnmodifiableSet());

  public CaseCounts(CaseRegister cases, Caller caller, Texts texts) {
    setId("case-counts");
    addClassName("case-counts");
    add(figure("console-cases-mine", texts.get("console.cases.mine"),
        count(cases, caller, new InboxCriteria(Inbox.MINE, OPEN, null, null, false, null)), Inbox.MINE));
    add(figure("console-cases-overdue", texts.get("console.cases.overdue"),
        count(cases, caller, InboxCriteria.of(Inbox.DEPARTMENT).overdue()), Inbox.DEPARTMENT));
  }

  private static long count(CaseRegister cases, Caller caller, InboxCriteria criteria) {
    try {
      return cases.inbox(caller, criteria.page(0, 1)).total();
    } catch (DomainException e) {
      return 0;
    }
  }

  private static Anchor figure(String id, String label, long count, Inbox inbox) {
    Span number = new Span(String.valueOf(count));
    number.addClassName("case-count");
    Span text = new Span(label);
    text.addClassName("case-count-label");
    Anchor link = new Anchor("console/cases?inbox=" + inbox.name(), "");
    link.add(number, text);
    link.getElement().setAttribute("router-link", true);
    link.setId(id);
    link.addClassName("case-count-card");
    if (count > 0 && inbox == Inbox.DEPARTMENT) {
      link.addClassName("case-count-late");
    }
    return link;
  }
}
