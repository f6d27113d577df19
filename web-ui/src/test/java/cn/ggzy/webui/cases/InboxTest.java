package cn.ggzy.webui.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.CaseRegister.Inbox;
import cn.ggzy.server.application.CaseRegister.InboxRequest;
import cn.ggzy.server.application.CaseViews;
import cn.ggzy.server.application.CaseViews.InboxPage;
import cn.ggzy.server.application.CaseViews.Line;
import cn.ggzy.server.application.Permission;
import cn.ggzy.server.domain.model.account.Login;
import cn.ggzy.server.domain.model.account.Role;
import cn.ggzy.server.domain.model.enforcement.CaseSource;
import cn.ggzy.server.domain.model.enforcement.CaseStatus;
import cn.ggzy.tenants.Department;
import cn.ggzy.tenants.DepartmentKind;
import cn.ggzy.tenants.TenantId;
import cn.ggzy.webui.i18n.Language;
import com.vaadin.flow.data.provider.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class InboxTest {
  static final Department ZJJ = new Department(TenantId.of("421181-zjj"), "麻城市住房和城乡建设局", "Macheng Housing Bureau",
      DepartmentKind.INDUSTRY_DEPARTMENT);

  static Caller caller(String tenant, Role... roles) {
    return new Caller(Login.parse("someone"), TenantId.of(tenant), Set.of(roles), "某人");
  }

  InboxFilter filter(List<Inbox> inboxes, List<InboxCriteria> fired) {
    InboxFilter filter = new InboxFilter(inboxes, Inbox.MINE, List.of(ZJJ), Language.CHINESE, UiTexts.chinese(),
        new CaseVocabulary(Language.CHINESE));
    filter.addChangeListener(e -> fired.add(e.criteria()));
    return filter;
  }

  @Test
  void onlyOfficeRolesInTheOfficeGetTheOfficeWideInbox() {
    assertEquals(List.of(Inbox.MINE, Inbox.DEPARTMENT, Inbox.OFFICE),
        CaseAccess.inboxes(caller("421181-jgb", Role.OFFICE_OFFICER), true));
    assertEquals(List.of(Inbox.MINE, Inbox.DEPARTMENT),
        CaseAccess.inboxes(caller("421181-zjj", Role.DEPARTMENT_HEAD), false));
    assertEquals(List.of(Inbox.MINE, Inbox.DEPARTMENT),
        CaseAccess.inboxes(caller("421181-jgb", Role.SYSTEM_ADMIN, Role.DEPARTMENT_OFFICER), true));
  }

  @Test
  void casesAreForOfficersTimelinessForTheOfficeAndHeads() {
    assertFalse(caller("421181-jgb", Role.SYSTEM_ADMIN).may(Permission.OFFICER_WORK));
    assertTrue(caller("421181-zjj", Role.DEPARTMENT_OFFICER).may(Permission.OFFICER_WORK));
    assertTrue(caller("421181-zjj", Role.DEPARTMENT_HEAD).may(Permission.FOLLOW_TIMELINESS));
    assertTrue(caller("421181-jgb", Role.OFFICE_OFFICER).may(Permission.FOLLOW_TIMELINESS));
    assertFalse(caller("421181-zjj", Role.DEPARTMENT_OFFICER).may(Permission.FOLLOW_TIMELINESS));
  }

  @Test
  void theTabsAreTheInboxesOfferedAndChoosingOneRefilters() {
    List<InboxCriteria> fired = new ArrayList<>();
    InboxFilter filter = filter(List.of(Inbox.MINE, Inbox.DEPARTMENT), fired);
    assertEquals(2, filter.tabs.getComponentCount());
    assertEquals("我的案件", filter.tabByInbox.get(Inbox.MINE).getLabel());
    assertEquals(Inbox.MINE, filter.criteria().inbox());

    filter.tabs.setSelectedTab(filter.tabByInbox.get(Inbox.DEPARTMENT));

    assertEquals(Inbox.DEPARTMENT, fired.get(fired.size() - 1).inbox());
  }

  @Test
  void filtersBecomeTheInboxRequest() {
    List<InboxCriteria> fired = new ArrayList<>();
    InboxFilter filter = filter(List.of(Inbox.MINE, Inbox.DEPARTMENT, Inbox.OFFICE), fired);
    assertFalse(filter.department.isVisible(), "the department filter belongs to the office-wide inbox");
    filter.tabs.setSelectedTab(filter.tabByInbox.get(Inbox.OFFICE));
    assertTrue(filter.department.isVisible());
    filter.statuses.setValue(Set.of(CaseStatus.REGISTERED, CaseStatus.ACCEPTED));
    filter.source.setValue(CaseSource.COMPLAINT);
    filter.department.setValue(ZJJ);
    filter.overdueOnly.setValue(true);
    filter.number.setValue(" 0001 ");

    InboxRequest request = fired.get(fired.size() - 1).page(40, 20);

    assertEquals(new InboxRequest(Inbox.OFFICE, Set.of(CaseStatus.REGISTERED, CaseStatus.ACCEPTED),
        CaseSource.COMPLAINT, "421181-zjj", true, "0001", 40, 20), request);
  }

  @Test
  void noStatusChosenMeansAnyStatusAndTheDepartmentOnlyCountsForTheOffice() {
    InboxRequest mine = new InboxCriteria(Inbox.MINE, Set.of(), null, "421181-zjj", false, "  ").page(0, 20);
    assertNull(mine.statuses());
    assertNull(mine.department());
    assertNull(mine.numberContains());
  }

  @Test
  void theGridsWindowIsFetchedFromTheDatabaseInSlicesTheBackendAccepts() {
    List<InboxRequest> asked = new ArrayList<>();
    InboxDataProvider provider = new InboxDataProvider(request -> {
      asked.add(request);
      int end = (int) Math.min(450, request.offset() + request.limit());
      List<Line> lines = IntStream.range(request.offset(), Math.max(request.offset(), end))
          .mapToObj(i -> new Line("c" + i, "n" + i, "421181-zjj", "住建局", "t", CaseSource.COMPLAINT,
              CaseStatus.REGISTERED, null, null, null, null, null, false)).toList();
      return new InboxPage(lines, 450, request.offset(), request.limit());
    }, InboxCriteria.of(Inbox.DEPARTMENT));

    assertEquals(450, provider.size(new Query<>()));
    asked.clear();
    List<Line> window = provider.fetch(new Query<>(100, 300, List.of(), null, null)).toList();

    assertEquals(300, window.size());
    assertEquals("c100", window.get(0).id());
    assertEquals("c399", window.get(299).id());
    assertEquals(List.of(100, 300), asked.stream().map(InboxRequest::offset).toList());
    assertEquals(List.of(200, 100), asked.stream().map(InboxRequest::limit).toList());
    assertTrue(asked.stream().allMatch(r -> r.inbox() == Inbox.DEPARTMENT));
  }

  @Test
  void aCardShowsNumberStatusTitleAndClock() {
    CaseGrid grid = new CaseGrid("g", Language.CHINESE, UiTexts.chinese(), t -> t);
    Line line = new Line("c1", "麻监案〔2026〕第0001号", "421181-zjj", "住建局", "某项目投诉", CaseSource.COMPLAINT,
        CaseStatus.AWAITING_SUPPLEMENT, null, null, null,
        new CaseViews.Clock("completion", null, null, null, false, true, false, null),
        "Complaint: Unfair evaluation (Some project)", true);
    String text = grid.card(line).getElement().getTextRecursively();
    String english = new CaseGrid("g", Language.ENGLISH, UiTexts.english(), t -> t).card(line).getElement()
        .getTextRecursively();
    assertTrue(english.contains("Complaint: Unfair evaluation (Some project)") && !english.contains("某项目投诉"),
        "a title the system wrote reads in English: " + english);
    assertTrue(text.contains("住建局"), "the owning department on the card: " + text);
    assertTrue(text.contains("逾期投诉"), "the late-filing flag on the card: " + text);
    assertTrue(text.contains("麻监案〔2026〕第0001号"), text);
    assertTrue(text.contains("待补正（计时暂停）"), text);
    assertTrue(text.contains("某项目投诉"), text);
    assertTrue(text.contains("计时暂停"), text);
  }
}
