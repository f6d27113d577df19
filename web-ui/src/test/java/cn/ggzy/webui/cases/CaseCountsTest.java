package cn.ggzy.webui.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.application.CaseRegister.Inbox;
import cn.ggzy.server.application.CaseRegister.InboxRequest;
import cn.ggzy.server.application.CaseViews.InboxPage;
import cn.ggzy.server.application.Caller;
import cn.ggzy.server.domain.model.enforcement.CaseStatus;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaseCountsTest {
  @Test
  void theConsoleCountsMyOpenCasesAndMyDepartmentsOverdueOnes() {
    List<InboxRequest> asked = new ArrayList<>();
    var cases = new CaseDetailPresenterTest.FakeRegister() {
      @Override
      public InboxPage inbox(Caller caller, InboxRequest request) {
        asked.add(request);
        return new InboxPage(List.of(), request.inbox() == Inbox.MINE ? 4 : 2, 0, 1);
      }
    };
    CaseCounts counts = new CaseCounts(cases, CaseDetailPresenterTest.OFFICER, UiTexts.chinese());

    String mine = CaseSheetTest.byId(counts, "console-cases-mine").orElseThrow().getTextRecursively();
    String overdue = CaseSheetTest.byId(counts, "console-cases-overdue").orElseThrow().getTextRecursively();
    assertEquals("4我的在办案件", mine);
    assertEquals("2本部门超期案件", overdue);
    assertFalse(asked.get(0).statuses().contains(CaseStatus.CLOSED), "closed cases are not open");
    assertTrue(asked.get(0).statuses().contains(CaseStatus.REGISTERED));
    assertTrue(asked.get(1).overdueOnly());
    assertEquals(Inbox.DEPARTMENT, asked.get(1).inbox());
  }
}
