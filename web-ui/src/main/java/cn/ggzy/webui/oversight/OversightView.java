package cn.ggzy.webui.oversight;

import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.Messages;
import cn.ggzy.server.application.Oversight;
import cn.ggzy.server.application.Oversight.AccessLine;
import cn.ggzy.server.application.Oversight.Board;
import cn.ggzy.server.application.Oversight.DepartmentLine;
import cn.ggzy.server.application.Oversight.NoticeView;
import cn.ggzy.server.application.Oversight.OfficerLine;
import cn.ggzy.server.application.Permission;
import cn.ggzy.server.application.TenantDirectory;
import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.service.WorkingCalendar;
import cn.ggzy.tenants.Department;
import cn.ggzy.tenants.TenantId;
import cn.ggzy.webui.cases.CaseCounts;
import cn.ggzy.webui.cases.PeriodForm;
import cn.ggzy.webui.i18n.DomainErrors;
import cn.ggzy.webui.i18n.ErrorLine;
import cn.ggzy.webui.i18n.Texts;
import cn.ggzy.webui.layout.MainLayout;
import cn.ggzy.webui.layout.ViewFrame;
import cn.ggzy.webui.session.AccessControl;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * 督查督办: the office sees, for a period, each department's open, overdue and idle cases, approvals
 * waiting, identity reveals and downloads, and its notices; each officer with the reads outside their own
 * cases (flagged when unusual); every access with its reason; its leaders issue 督办 notices. A
 * department sees the notices addressed to it, and its head answers them. Phone first: cards, no grid.
 */
@Route(value = "console/oversight", layout = MainLayout.class)
@Dependent
public class OversightView extends ViewFrame implements HasDynamicTitle, BeforeEnterObserver {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
      .withZone(ZoneId.of("Asia/Shanghai"));
  private final Oversight oversight;
  private final TenantDirectory directory;
  private final Clock clock;
  private final Texts texts = this::getTranslation;
  private final Div board = new Div();
  private final Div notices = new Div();
  private final ErrorLine error = new ErrorLine("oversight-error");
  private boolean built;

  @Inject
  public OversightView(Oversight oversight, TenantDirectory directory, Clock clock) {
    this.oversight = oversight;
    this.directory = directory;
    this.clock = clock;
    setHeading(getTranslation("oversight.title"));
    addClassName("oversight-view");
  }

  private void build(Caller caller) {
    built = true;
    board.setId("oversight-board");
    board.setWidthFull();
    notices.setId("oversight-notices");
    notices.setWidthFull();
    boolean office = directory.department(caller.tenant()).map(Department::isOffice).orElse(false)
        && caller.may(Permission.OVERSEE);
    if (office) {
      PeriodForm period = new PeriodForm(LocalDate.now(clock.withZone(WorkingCalendar.ZONE)), getLocale(), texts);
      period.addPeriodListener(e -> show(caller, e.from(), e.to()));
      addContent(new Paragraph(getTranslation("oversight.intro")), period, error, board);
      show(caller, LocalDate.now(clock.withZone(WorkingCalendar.ZONE)).withDayOfMonth(1),
          LocalDate.now(clock.withZone(WorkingCalendar.ZONE)));
    } else {
      addContent(new Paragraph(getTranslation("oversight.department.intro")), error, notices);
      DomainErrors.run(() -> showNotices(caller, oversight.notices(caller), notices), this::refused);
    }
  }

  private void show(Caller caller, LocalDate from, LocalDate to) {
    error.clear();
    DomainErrors.run(() -> {
      Board b = oversight.board(caller, from, to);
      board.removeAll();
      board.add(new H3(getTranslation("oversight.departments")));
      for (DepartmentLine d : b.departments()) {
        board.add(department(caller, d));
      }
      board.add(new H3(getTranslation("oversight.officers")));
      Paragraph rule = new Paragraph(getTranslation("oversight.officers.rule", b.idleWorkingDays(), b.unusualReads()));
      rule.addClassName("notice");
      board.add(rule);
      List<OfficerLine> shown = b.officers().stream().limit(50).toList();
      shown.forEach(o -> board.add(officer(o)));
      if (shown.isEmpty()) {
        board.add(new Paragraph(getTranslation("oversight.none")));
      }
      board.add(new H3(getTranslation("oversight.accesses")));
      b.accesses().stream().limit(50).forEach(a -> board.add(access(a)));
      if (b.accesses().isEmpty()) {
        board.add(new Paragraph(getTranslation("oversight.none")));
      }
      board.add(new H3(getTranslation("oversight.notices")));
      Div list = new Div();
      showNotices(caller, b.notices(), list);
      board.add(list);
    }, this::refused);
  }

  private Div department(Caller caller, DepartmentLine d) {
    Div card = card("oversight-department-" + d.tenant());
    Anchor open = inbox(getTranslation("oversight.department.open", d.open()), d.tenant(), "");
    Anchor overdue = inbox(getTranslation("oversight.department.overdue", d.overdue()), d.tenant(), "&overdue=true");
    overdue.setId("oversight-overdue-" + d.tenant());
    Anchor approvals = inbox(getTranslation("oversight.department.approvals", d.approvalsWaiting()), d.tenant(),
        "&status=" + CaseCounts.APPROVALS.stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
    card.add(strong(d.name()), new Paragraph(open, new Span(" · "), overdue, new Span(" · "),
        new Span(getTranslation("oversight.department.idle", d.idle())), new Span(" · "), approvals), new Paragraph(getTranslation("oversight.department.accesses",
        d.reveals(), d.downloads())), new Paragraph(getTranslation("oversight.department.notices", d.noticesOpen(),
        d.noticesOverdue())));
    if (d.overdue() > 0 || d.noticesOverdue() > 0) {
      card.addClassName("oversight-attention");
    }
    boolean toOffice = directory.department(TenantId.of(d.tenant())).map(Department::isOffice).orElse(true);
    if (caller.may(Permission.ISSUE_SUPERVISION_NOTICES) && !toOffice) {
      Button issue = new Button(getTranslation("oversight.issue"));
      issue.setId("oversight-issue-" + d.tenant());
      issue.addClickListener(e -> {
        issue.setEnabled(false);
        card.add(issueForm(caller, d));
      });
      card.add(issue);
    }
    return card;
  }

  /** A figure that opens the office's inbox filtered to what it counted. */
  private static Anchor inbox(String text, String tenant, String more) {
    Anchor a = new Anchor("console/cases?inbox=OFFICE&department=" + tenant + more, text);
    a.getElement().setAttribute("router-link", true);
    return a;
  }

  private Div issueForm(Caller caller, DepartmentLine d) {
    Div form = new Div();
    form.setId("oversight-issue-form-" + d.tenant());
    TextField about = new TextField(getTranslation("oversight.issue.about"));
    about.setId("oversight-issue-about");
    about.setWidthFull();
    TextArea text = new TextArea(getTranslation("oversight.issue.text"));
    text.setId("oversight-issue-text");
    text.setWidthFull();
    text.setRequired(true);
    IntegerField days = new IntegerField(getTranslation("oversight.issue.days"));
    days.setId("oversight-issue-days");
    days.setValue(5);
    days.setMin(1);
    days.setMax(30);
    Button send = new Button(getTranslation("oversight.issue.send"));
    send.setId("oversight-issue-send");
    send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    send.addClickListener(e -> DomainErrors.run(() -> {
      NoticeView n = oversight.issue(caller, d.tenant(), about.getValue(), text.getValue(),
          days.getValue() == null ? 0 : days.getValue());
      form.removeAll();
      Paragraph done = new Paragraph(getTranslation("oversight.issue.done", n.dueOn()));
      done.setId("oversight-issue-done");
      done.getElement().setAttribute("role", "status");
      form.add(done);
    }, ex -> {
      String message = Messages.text(ex.code(), getLocale());
      if ("text".equals(ex.field())) {
        text.setInvalid(true);
        text.setErrorMessage(message);
      } else if ("workingDays".equals(ex.field())) {
        days.setInvalid(true);
        days.setErrorMessage(message);
      } else if ("about".equals(ex.field())) {
        about.setInvalid(true);
        about.setErrorMessage(message);
      } else {
        refused(ex);
      }
    }));
    form.add(about, text, days, send);
    return form;
  }

  private Div officer(OfficerLine o) {
    Div card = card("oversight-officer-" + o.login());
    card.add(strong(o.name() + "（" + o.login() + "）"), new Paragraph(getTranslation("oversight.officer.line",
        o.open(), o.overdue(), o.idle(), o.reveals(), o.downloads(), o.outsideOwnCases())));
    if (o.unusual()) {
      Span flag = new Span(getTranslation("oversight.officer.unusual"));
      flag.addClassNames("status-badge", "oversight-unusual");
      card.add(flag);
      card.addClassName("oversight-attention");
    }
    return card;
  }

  private Div access(AccessLine a) {
    Div card = card(null);
    card.addClassName("oversight-access");
    String what = getTranslation("oversight.access." + (a.action().endsWith("reveal") ? "reveal" : "download"));
    card.add(new Paragraph(TIME.format(a.at()) + " · " + a.login() + " · " + what + " · " + a.caseId()
        + (a.ownCase() ? "" : " · " + getTranslation("oversight.access.notOwn"))
        + (a.reason() == null ? "" : " · " + getTranslation("oversight.access.reason", a.reason()))));
    return card;
  }

  private void showNotices(Caller caller, List<NoticeView> list, Div into) {
    into.removeAll();
    if (list.isEmpty()) {
      into.add(new Paragraph(getTranslation("oversight.notices.none")));
    }
    for (NoticeView n : list) {
      Div card = card("oversight-notice-" + n.id());
      Span state = new Span(getTranslation("oversight.notice.state." + n.state()));
      state.addClassNames("status-badge", "oversight-state-" + n.state().toLowerCase(Locale.ROOT));
      card.add(strong(n.departmentName() + (n.about() == null ? "" : " · " + n.about())), state,
          new Paragraph(n.text()), new Paragraph(getTranslation("oversight.notice.due", TIME.format(n.issuedAt()),
              n.dueOn())));
      if (n.reply() != null) {
        card.add(new Paragraph(getTranslation("oversight.notice.reply", n.reply(), n.repliedBy())));
      } else if (n.department().equals(caller.tenant().value()) && caller.may(Permission.APPROVE_CASES)) {
        TextArea reply = new TextArea(getTranslation("oversight.notice.answer"));
        reply.setId("oversight-answer-text");
        reply.setWidthFull();
        Button send = new Button(getTranslation("oversight.notice.answer.send"));
        send.setId("oversight-answer-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(e -> DomainErrors.run(() -> {
          oversight.answer(caller, n.id(), reply.getValue(), n.version());
          showNotices(caller, oversight.notices(caller), into);
        }, ex -> {
          reply.setInvalid(true);
          reply.setErrorMessage(Messages.text(ex.code(), getLocale()));
        }));
        card.add(reply, send);
      }
      into.add(card);
    }
  }

  private static Div card(String id) {
    Div card = new Div();
    card.addClassName("oversight-card");
    card.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)")
        .set("border-radius", "var(--lumo-border-radius-m)").set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("margin-bottom", "var(--lumo-space-s)")
        .set("overflow-wrap", "anywhere");
    if (id != null) {
      card.setId(id);
    }
    return card;
  }

  private static Span strong(String text) {
    Span s = new Span(text);
    s.getStyle().set("font-weight", "600");
    return s;
  }

  private void refused(DomainException e) {
    error.show(e, getLocale());
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    if (!built) {
      AccessControl.permitted(event, Permission.OFFICER_WORK).ifPresent(this::build);
    }
  }

  @Override
  public String getPageTitle() {
    return getTranslation("oversight.title") + " · " + getTranslation("app.title");
  }
}
