package cn.ggzy.webui.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.application.CaseRegister.Inbox;
import cn.ggzy.server.domain.model.enforcement.CaseStatus;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** 我的工作台: each figure links to the list it counted, and the list reads the same filter back. */
class CaseCountsTest {
  @Test
  void aFigureLinksToExactlyWhatItCounted() {
    assertEquals("console/cases?inbox=DEPARTMENT&overdue=true",
        CaseCounts.link(InboxCriteria.of(Inbox.DEPARTMENT).overdue()));
    String approvals = CaseCounts.link(new InboxCriteria(Inbox.DEPARTMENT, CaseCounts.APPROVALS, null, null, false,
        null));
    assertEquals("console/cases?inbox=DEPARTMENT&status=CLOSE_PENDING,DECISION_PENDING,NON_ACCEPTANCE_PENDING",
        approvals);
    assertEquals(CaseCounts.APPROVALS, CasesView.statuses(approvals.substring(approvals.indexOf("status=") + 7)));
    String mine = CaseCounts.link(new InboxCriteria(Inbox.MINE, CaseCounts.OPEN, null, null, false, null));
    assertEquals(CaseCounts.OPEN, CasesView.statuses(mine.substring(mine.indexOf("status=") + 7)),
        "my open cases, not my closed ones too");
  }

  @Test
  void anAddressWithUnknownStatusesKeepsTheKnownOnes() {
    assertEquals(Set.of(CaseStatus.REGISTERED), CasesView.statuses("REGISTERED, NOPE,"));
    assertTrue(CasesView.statuses("").isEmpty());
  }
}
