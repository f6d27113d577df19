package cn.ggzy.webui.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.ggzy.server.application.CaseViews.Clock;
import cn.ggzy.server.application.CaseViews.Line;
import cn.ggzy.server.domain.model.enforcement.CaseSource;
import cn.ggzy.server.domain.model.enforcement.CaseStatus;
import cn.ggzy.webui.i18n.Language;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** 今日待办: only what is due today or overdue, overdue first, each case once. */
class TodoListTest {
  private static Line line(String id, Clock clock) {
    return new Line(id, "麻监案〔2026〕第000" + id + "号", "421181-zjj", "住建局", "投诉：评标不公", CaseSource.COMPLAINT,
        CaseStatus.ACCEPTED, "zjj-li", "李工", Instant.parse("2026-12-01T02:00:00Z"), clock, null, false);
  }

  @Test
  void theCasesToActOnTodayAreTheDueAndTheOverdueMostUrgentFirst() {
    Line later = line("1", ClockLabelTest.running(3, false));
    Line today = line("2", ClockLabelTest.running(0, false));
    Line overdue = line("3", ClockLabelTest.running(-1, true));
    Line paused = line("4", new Clock("completion", null, null, null, false, true, false, null));
    List<Line> found = TodoList.actToday(List.of(later, today, overdue, paused, today), Language.CHINESE,
        UiTexts.chinese());
    assertEquals(List.of("3", "2"), found.stream().map(Line::id).toList());
  }
}
