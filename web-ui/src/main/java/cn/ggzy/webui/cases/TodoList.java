package cn.ggzy.webui.cases;

import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.CaseRegister;
import cn.ggzy.server.application.CaseRegister.Inbox;
import cn.ggzy.server.application.CaseViews.Line;
import cn.ggzy.server.application.Permission;
import cn.ggzy.server.application.RiggingWarnings;
import cn.ggzy.server.domain.model.enforcement.CaseStatus;
import cn.ggzy.server.domain.model.warning.WarningStatus;
import cn.ggzy.webui.cases.ClockLabel.Tone;
import cn.ggzy.webui.i18n.DomainErrors;
import cn.ggzy.webui.i18n.Language;
import cn.ggzy.webui.i18n.Texts;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * 今日待办 on 我的工作台: the cases to act on today (my open cases and my department's cases waiting for
 * acceptance whose deadline ends today or has passed, most urgent first), the approvals waiting for
 * a head, and the bid-rigging warnings waiting for review; each line opens what it names.
 */
public class TodoList extends Div {
  /** How many of the caller's open cases are looked at (an officer's own list is short). */
  static final int LOOKED_AT = 100;

  /** {@code approvalsWaiting}: as 我的工作台's figure counted them (heads), not asked again. */
  public TodoList(CaseRegister cases, RiggingWarnings warnings, Caller caller, long approvalsWaiting, Texts texts,
      Locale locale) {
    setId("todo");
    addClassName("todo");
    H3 heading = new H3(texts.get("console.todo"));
    heading.addClassName("sheet-heading");
    UnorderedList list = new UnorderedList();
    list.setId("todo-list");
    List<Line> lines = new ArrayList<>(open(cases, caller, Inbox.MINE, CaseCounts.OPEN));
    lines.addAll(open(cases, caller, Inbox.DEPARTMENT, Set.of(CaseStatus.REGISTERED)));
    for (Line line : actToday(lines, locale, texts)) {
      ClockLabel clock = ClockLabel.of(line.clock(), locale, texts);
      Anchor link = new Anchor("console/cases/" + line.id(), "");
      link.getElement().setAttribute("router-link", true);
      Span state = new Span(clock.state());
      state.addClassNames("clock-state", clock.toneClass());
      clock.icon().ifPresent(state::addComponentAsFirst);
      String title = Language.isEnglish(locale) && line.titleEn() != null ? line.titleEn() : line.title();
      link.add(new Span(line.number() + " · " + title + " · "), state);
      ListItem item = new ListItem(link);
      item.setId("todo-case-" + line.id());
      list.add(item);
    }
    if (approvalsWaiting > 0) {
      list.add(item("todo-approvals", CaseCounts.link(new InboxCriteria(Inbox.DEPARTMENT, CaseCounts.APPROVALS,
          null, null, false, null)), texts.get("console.todo.approvals", approvalsWaiting)));
    }
    if (caller.may(Permission.REVIEW_WARNINGS)) {
      long open = DomainErrors.orElse(() -> warnings.list(caller,
          new RiggingWarnings.Query(WarningStatus.OPEN, null, null, 0, 1)).total(), e -> 0L);
      if (open > 0) {
        list.add(item("todo-warnings", "console/warnings", texts.get("console.todo.warnings", open)));
      }
    }
    if (list.getChildren().findAny().isEmpty()) {
      Span none = new Span(texts.get("console.todo.none"));
      none.setId("todo-none");
      add(heading, none);
    } else {
      add(heading, list);
    }
  }

  /** The lines whose deadline ends today or has passed, overdue first, each case once. */
  static List<Line> actToday(List<Line> lines, Locale locale, Texts texts) {
    Map<String, Urgent> once = new LinkedHashMap<>();
    for (Line line : lines) {
      int urgency = urgency(line, locale, texts);
      if (urgency > 0) {
        once.putIfAbsent(line.id(), new Urgent(line, urgency));
      }
    }
    return once.values().stream().sorted(Comparator.comparingInt(Urgent::urgency).reversed()).map(Urgent::line)
        .toList();
  }

  private record Urgent(Line line, int urgency) {}

  private static int urgency(Line line, Locale locale, Texts texts) {
    Tone tone = ClockLabel.of(line.clock(), locale, texts).tone();
    return tone == Tone.OVERDUE ? 2 : tone == Tone.DUE_TODAY ? 1 : 0;
  }

  private static List<Line> open(CaseRegister cases, Caller caller, Inbox inbox, Set<CaseStatus> statuses) {
    InboxCriteria criteria = new InboxCriteria(inbox, statuses, null, null, false, null);
    return DomainErrors.orElse(() -> cases.inbox(caller, criteria.page(0, LOOKED_AT)).lines(), e -> List.of());
  }

  private static ListItem item(String id, String href, String text) {
    Anchor link = new Anchor(href, text);
    link.getElement().setAttribute("router-link", true);
    ListItem item = new ListItem(link);
    item.setId(id);
    return item;
  }
}
