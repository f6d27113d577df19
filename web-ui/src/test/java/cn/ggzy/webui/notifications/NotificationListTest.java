package cn.ggzy.webui.notifications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.application.Notifications.Item;
import cn.ggzy.server.domain.model.notification.NotificationKind;
import cn.ggzy.webui.i18n.Language;
import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.html.Div;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bell's list: one date format with the rest of the console, and a tap opens the case. */
class NotificationListTest {
  private static final Item ITEM = new Item("c1:3:APPROVAL_DECIDED", NotificationKind.APPROVAL_DECIDED, "case-1",
      "麻监案〔2026〕第0001号", "某项目投诉", Instant.parse("2026-12-06T06:05:00Z"), "审批结果：同意",
      "王科长已同意您就案件 麻监案〔2026〕第0001号 提出的申请。", false);

  @Test
  void timesReadLikeTheRestOfTheConsoleInEachLanguage() {
    NotificationList list = new NotificationList("无");
    list.show(List.of(ITEM), Language.CHINESE);
    assertTrue(list.getElement().getTextRecursively().contains("2026年12月6日 14:05"),
        list.getElement().getTextRecursively());
    list.show(List.of(ITEM), Language.ENGLISH);
    assertTrue(list.getElement().getTextRecursively().contains("6 Dec 2026, 14:05"),
        list.getElement().getTextRecursively());
  }

  @Test
  void tappingAnItemNamesItsCase() {
    NotificationList list = new NotificationList("无");
    List<NotificationList.ReadEvent> read = new ArrayList<>();
    list.addReadListener(read::add);
    list.show(List.of(ITEM), Language.CHINESE);
    Div line = (Div) list.getChildren().findFirst().orElseThrow();
    assertEquals("link", line.getElement().getAttribute("role"), "announced as a link, reachable by keyboard");
    ComponentUtil.fireEvent(line, new ClickEvent<>(line));
    assertEquals(1, read.size());
    assertEquals("c1:3:APPROVAL_DECIDED", read.get(0).id());
    assertEquals("case-1", read.get(0).caseId());
  }
}
