package cn.ggzy.webui.cases;

import cn.ggzy.server.application.CaseViews.Approval;
import cn.ggzy.server.application.CaseViews.ConsultationView;
import cn.ggzy.server.application.CaseViews.Detail;
import cn.ggzy.server.application.CaseViews.Event;
import cn.ggzy.server.application.CaseViews.OpinionLine;
import cn.ggzy.server.application.CaseViews.PauseLine;
import cn.ggzy.server.application.CaseViews.ReferralLine;
import cn.ggzy.server.application.CaseViews.TransferLine;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What happened to the case: transfers, referrals, consultations with their opinions, approvals,
 * pauses, and the timeline (oldest first, newest last). Empty lists are left out.
 */
class CaseHistory extends Div {
  private final SheetContext c;

  CaseHistory(Detail d, SheetContext c) {
    this.c = c;
    list("case-transfers", "cases.section.transfers", d.transfers(), this::transfer);
    list("case-referrals", "cases.section.referrals", d.referrals(), this::referral);
    list("case-consultations", "cases.section.consultations", d.consultations(), this::consultation);
    list("case-approvals", "cases.section.approvals", d.approvals(), this::approval);
    list("case-pauses", "cases.section.pauses", d.pauses(), this::pause);
    add(Sheet.section("case-timeline-section", c.t("cases.section.timeline"), timeline(d.timeline())));
  }

  private <T> void list(String id, String titleKey, List<T> items, Function<T, Div> entry) {
    if (items != null && !items.isEmpty()) {
      add(Sheet.section(id, c.t(titleKey), items.stream().map(entry).toArray(Div[]::new)));
    }
  }

  private Div transfer(TransferLine t) {
    return Sheet.entry("transfer", c.department(t.from()) + " → " + c.department(t.to()),
        Sheet.joined(" · ", c.at(t.at()), t.by()), t.reason());
  }

  private Div referral(ReferralLine r) {
    return Sheet.entry("referral", Sheet.joined(c.t("cases.colon"), c.words().organ(r.organ()), r.organName()),
        Sheet.joined(" · ", c.at(r.at()), r.by()), r.reason(),
        r.documents() == null || r.documents().isEmpty() ? null
            : c.t("cases.referral.documents") + c.t("cases.colon") + String.join(c.t("list.separator"), r.documents()));
  }

  private Div consultation(ConsultationView k) {
    String invited = k.invited().stream().map(c::department).collect(Collectors.joining(c.t("list.separator")));
    Div entry = Sheet.entry("consultation", k.topic(), c.t("cases.consultation.invited", invited),
        Sheet.joined(" · ", c.at(k.openedAt()), k.openedBy()));
    for (OpinionLine o : k.opinions()) {
      entry.add(Sheet.entry("opinion", Sheet.joined(" · ", c.department(o.department()), o.byName(), c.at(o.at())),
          o.text()));
    }
    if (k.conclusion() != null) {
      entry.add(Sheet.entry("conclusion", c.t("cases.consultation.conclusion") + c.t("cases.colon") + k.conclusion(),
          c.at(k.concludedAt())));
    }
    return entry;
  }

  private Div approval(Approval a) {
    String outcome = a.decidedAt() == null ? c.t("cases.approval.waiting")
        : Sheet.joined(" · ", c.t(a.approved() ? "cases.approval.approved" : "cases.approval.refused"),
            a.decidedByName(), c.at(a.decidedAt()));
    return Sheet.entry("approval", Sheet.joined(" · ", c.words().approvalKind(a.kind()),
            a.workingDays() > 0 ? c.t("cases.days", a.workingDays()) : null),
        Sheet.joined(" · ", a.requestedByName(), c.at(a.requestedAt()), a.requestReason()),
        Sheet.joined(" · ", outcome, a.decisionReason()));
  }

  private Div pause(PauseLine p) {
    String period = CaseFormats.date(p.startedOn(), c.locale()) + " – "
        + (p.endedOn() == null ? c.t("cases.pause.ongoing") : CaseFormats.date(p.endedOn(), c.locale()));
    return Sheet.entry("pause", Sheet.joined(" · ", c.words().pauseKind(p.kind()), period), p.reason());
  }

  private OrderedList timeline(List<Event> events) {
    OrderedList list = new OrderedList();
    list.setId("case-timeline");
    list.addClassName("timeline");
    for (Event e : events) {
      String move = e.to() == null || e.to() == e.from() ? null
          : (e.from() == null ? "" : c.words().status(e.from()) + " → ") + c.words().status(e.to());
      ListItem item = new ListItem(Sheet.entry("timeline-entry",
          Sheet.joined(" · ", c.words().action(e.action()), c.actorName(e.actor(), e.actorName())),
          Sheet.joined(" · ", c.at(e.at()), move),
          e.subjectKey() == null ? e.note() : Sheet.joined("：", c.message(e.subjectKey()), e.note())));
      item.addClassName("timeline-event");
      item.getElement().setAttribute("data-action", e.action() == null ? "" : e.action());
      list.add(item);
    }
    return list;
  }
}
