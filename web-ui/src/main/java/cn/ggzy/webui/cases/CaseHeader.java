package cn.ggzy.webui.cases;

import cn.ggzy.server.application.CaseViews.Clock;
import cn.ggzy.server.application.CaseViews.Detail;
import cn.ggzy.server.application.CaseViews.Request;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;

/**
 * The top of the case sheet: number, status, department, read-only badge, the tender-suspension
 * banner, both clocks, and the requests waiting for approval.
 */
class CaseHeader extends Div {

  CaseHeader(Detail d, SheetContext c) {
    addClassName("case-header");
    H3 number = new H3(d.number());
    number.setId("case-number");
    number.addClassName("case-sheet-number");
    Span status = new Span(c.words().status(d.status()));
    status.setId("case-status");
    status.addClassNames("status-badge", "status-" + d.status().name().toLowerCase(Locale.ROOT));
    Div top = new Div(number, status);
    top.addClassName("case-card-top");
    if (d.readOnly()) {
      Span readOnly = new Span(c.t("cases.readOnly"));
      readOnly.setId("case-read-only");
      readOnly.addClassNames("status-badge", "read-only-badge");
      top.add(readOnly);
    }
    Div title = new Div(c.english() && d.titleEn() != null ? d.titleEn() : d.title());
    title.addClassName("case-title");
    title.setId("case-title");
    Div owner = Sheet.row(c.t("cases.owner"), c.department(d.ownerTenant()));
    owner.setId("case-owner");
    add(top, title, owner, Sheet.row(c.t("cases.assignee"), d.assigneeName()));
    if (d.tenderSuspended()) {
      Div banner = new Div(new Span(c.t("cases.tenderSuspended")), new Span(nullToEmpty(d.tenderSuspensionReason())));
      banner.setId("case-tender-suspension");
      banner.addClassNames("notice", "tender-banner");
      add(banner);
    }
    add(clocks(d, c));
    pending(d.pending(), "case-pending", c);
    pending(d.pendingExtension(), "case-pending-extension", c);
  }

  private Div clocks(Detail d, SheetContext c) {
    Div clocks = new Div();
    clocks.setId("case-clocks");
    clocks.addClassName("case-clocks");
    clock(clocks, d.acceptanceClock(), "acceptance", c);
    clock(clocks, d.completionClock(), "completion", c, d.completionWorkingDays() > 0
        && d.completionWorkingDays() < d.statutoryCompletionWorkingDays()
        ? c.t("cases.clock.commitment", d.completionWorkingDays(), d.statutoryCompletionWorkingDays()) : null);
    if (d.extensionWorkingDays() > 0) {
      clocks.add(Sheet.row(c.t("cases.clock.extension"), c.t("cases.days", d.extensionWorkingDays())));
    }
    if (d.pausedWorkingDays() > 0) {
      clocks.add(Sheet.row(c.t("cases.clock.pausedDays"), c.t("cases.days", d.pausedWorkingDays())));
    }
    return clocks;
  }

  private static void clock(Div clocks, Clock clock, String kind, SheetContext c) {
    clock(clocks, clock, kind, c, null);
  }

  private static void clock(Div clocks, Clock clock, String kind, SheetContext c, String commitment) {
    ClockLabel label = ClockLabel.of(clock, c.locale(), c.texts());
    if (label.due().isEmpty() && label.state().isEmpty()) {
      return;
    }
    Span name = new Span(c.t("cases.clock." + kind));
    if ("completion".equals(kind) && commitment != null) {
      // the local commitment is shorter than the law's limit: say both, so no one reads 15 as the law
      name.getElement().setAttribute("title", commitment);
      Span note = new Span(commitment);
      note.addClassName("clock-commitment");
      note.setId("clock-completion-commitment");
      name.add(new Div(note));
    }
    name.addClassName("sheet-label");
    Span due = new Span(label.due());
    due.addClassName("clock-due");
    Span state = new Span(label.state());
    state.addClassNames("clock-state", label.toneClass());
    label.icon().ifPresent(icon -> state.addComponentAsFirst(icon));
    Div value = new Div(due, state);
    value.addClassName("clock-value");
    Div row = new Div(name, value);
    row.setId("clock-" + kind);
    row.addClassNames("sheet-row", "case-clock");
    clocks.add(row);
  }

  private void pending(Request r, String id, SheetContext c) {
    if (r == null) {
      return;
    }
    String days = r.workingDays() > 0 ? c.t("cases.days", r.workingDays()) : "";
    Div entry = Sheet.entry("pending-request",
        c.t("cases.pending", c.words().approvalKind(r.kind())),
        Sheet.joined(" · ", r.requestedByName(), c.at(r.requestedAt()), days),
        r.reason());
    entry.setId(id);
    entry.addClassName("notice");
    add(entry);
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
