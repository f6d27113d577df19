package cn.ggzy.server.infrastructure.persistence.mongo.inspection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ggzy.server.domain.model.ConcurrentChangeException;
import cn.ggzy.server.domain.model.NotFoundException;
import cn.ggzy.server.domain.model.inspection.InspectionTask;
import cn.ggzy.server.domain.model.inspection.InspectionTaskRepository;
import cn.ggzy.server.domain.model.inspection.ObjectKind;
import cn.ggzy.server.domain.model.inspection.PlanId;
import cn.ggzy.server.domain.model.inspection.TaskParts.ConclusionKind;
import cn.ggzy.server.domain.model.inspection.TaskParts.InspectedObject;
import cn.ggzy.server.domain.model.inspection.TaskParts.Outcome;
import cn.ggzy.server.domain.model.inspection.TaskParts.Photo;
import cn.ggzy.server.domain.model.inspection.TaskParts.SiteLocation;
import cn.ggzy.server.domain.model.inspection.TaskParts.TeamMember;
import cn.ggzy.server.infrastructure.persistence.mongo.TestContainer;
import cn.ggzy.tenants.TenantId;
import cn.ggzy.tenants.testkit.TenantIsolationContract;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Inspection tasks, held to the isolation contract; the team members' departments read them too. */
class JnosqlInspectionTaskRepositoryTest extends TenantIsolationContract<InspectionTask, String> {
  private static final Instant AT = Instant.parse("2026-12-03T02:00:00Z");
  private final InspectionTaskRepository tasks = TestContainer.get(InspectionTaskRepository.class);

  private InspectionTask task(TenantId owner, List<TeamMember> team) {
    return InspectionTask.assign(tasks.nextId(), owner, new PlanId("plan-" + owner.departmentCode()), "季度抽查",
        LocalDate.of(2026, 12, 2), new InspectedObject("P-9", ObjectKind.PROJECT, "工程", owner), team,
        List.of("事项一", "事项二"));
  }

  @Override
  protected InspectionTask newAggregate(TenantId tenant) {
    return task(tenant, List.of(new TeamMember("m1", "甲", tenant, "C1"), new TeamMember("m2", "乙", tenant, "C2")));
  }

  @Override
  protected String idOf(InspectionTask aggregate) {
    return aggregate.id();
  }

  @Override
  protected void store(TenantId tenant, InspectionTask aggregate) {
    tasks.store(tenant, aggregate);
  }

  @Override
  protected Optional<InspectionTask> find(TenantId tenant, String id) {
    return tasks.find(tenant, id);
  }

  @Override
  protected long count(TenantId tenant) {
    return tasks.count(tenant);
  }

  @Override
  protected List<InspectionTask> list(TenantId tenant) {
    return tasks.assignedTo(tenant, "m1");
  }

  @Override
  protected boolean tryModify(TenantId tenant, String id) {
    InspectionTask stale = tasks.find(DEPARTMENT_A, id).orElseThrow();
    stale.answer("m1", 0, Outcome.PASS, null, AT);
    try {
      tasks.store(tenant, stale);
      return true;
    } catch (NotFoundException | ConcurrentChangeException refused) {
      return false;
    }
  }

  @Test
  void aJointTaskIsReadByTheMembersDepartmentsAndSurvivesTheRoundTrip() {
    TenantId office = TenantId.of("421181-jgb");
    InspectionTask t = task(office, List.of(new TeamMember("zj1", "住建甲", DEPARTMENT_A, "CZ1"),
        new TeamMember("jt1", "交通乙", DEPARTMENT_B, "CJ1")));
    t.answer("zj1", 0, Outcome.PASS, "已备案", AT);
    t.answer("jt1", 1, Outcome.FAIL, "专家抽取记录缺失", AT.plusSeconds(60));
    t.addPhoto("zj1", new Photo("f1", "ab".repeat(32), "现场.jpg", "image/jpeg", 1234, AT.plusSeconds(30), "zj1"));
    t.locate("jt1", SiteLocation.reported(31.17, 115.02, 12.5, AT.plusSeconds(10), "jt1"));
    t.addFinding("jt1", "评标专家抽取记录缺失", AT.plusSeconds(90));
    t.findingFiled(0, "case-1", "麻监案〔2026〕第0001号");
    t.conclude("zj1", ConclusionKind.PROBLEMS_FOUND, "发现1个问题，已立案", AT.plusSeconds(120));
    tasks.store(office, t);
    InspectionTask back = tasks.find(DEPARTMENT_B, t.id()).orElseThrow();
    assertEquals(t.state().checklist(), back.state().checklist());
    assertEquals(t.state().photos(), back.state().photos());
    assertEquals(t.state().location(), back.state().location());
    assertEquals(t.state().findings(), back.state().findings());
    assertEquals(t.state().conclusion(), back.state().conclusion());
    assertEquals(AT, back.state().onSiteAt(), "the first record on site is the inspection time");
    assertTrue(tasks.find(TenantId.of("421181-slj"), t.id()).isEmpty());
    assertTrue(tasks.assignedTo(DEPARTMENT_A, "zj1").stream().anyMatch(x -> x.id().equals(t.id())));
    assertTrue(tasks.assignedTo(DEPARTMENT_B, "jt1").stream().anyMatch(x -> x.id().equals(t.id())),
        "the 交通 member finds it through the own department");
    assertTrue(tasks.awaitingPublication(office).stream().anyMatch(x -> x.id().equals(t.id())));
  }
}
