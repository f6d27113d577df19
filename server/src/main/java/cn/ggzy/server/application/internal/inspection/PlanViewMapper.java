package cn.ggzy.server.application.internal.inspection;

import cn.ggzy.server.application.InspectionViews.CommitmentView;
import cn.ggzy.server.application.InspectionViews.ConflictView;
import cn.ggzy.server.application.InspectionViews.DrawView;
import cn.ggzy.server.application.InspectionViews.MemberView;
import cn.ggzy.server.application.InspectionViews.PlanDetail;
import cn.ggzy.server.application.InspectionViews.TaskSummary;
import cn.ggzy.server.application.InspectionViews.TeamView;
import cn.ggzy.server.application.TenantDirectory;
import cn.ggzy.server.domain.model.inspection.Commitment;
import cn.ggzy.server.domain.model.inspection.DrawDocument;
import cn.ggzy.server.domain.model.inspection.DrawRecord;
import cn.ggzy.server.domain.model.inspection.InspectionPlan;
import cn.ggzy.server.domain.model.inspection.InspectionTask;
import cn.ggzy.server.domain.model.inspection.PlanSettings;
import cn.ggzy.server.domain.model.inspection.TaskParts.TeamMember;
import cn.ggzy.tenants.Department;
import cn.ggzy.tenants.TenantId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Turns plans and tasks into views; department names in Chinese (the official names). */
final class PlanViewMapper {
  private final TenantDirectory directory;

  PlanViewMapper(TenantDirectory directory) {
    this.directory = directory;
  }

  String name(TenantId tenant) {
    return directory.department(tenant).map(Department::nameZh).orElse(tenant.value());
  }

  String name(String tenantId) {
    try {
      return name(TenantId.of(tenantId));
    } catch (IllegalArgumentException e) {
      return tenantId;
    }
  }

  PlanDetail detail(InspectionPlan p, List<InspectionTask> tasks) {
    PlanSettings s = p.settings();
    return new PlanDetail(p.id().value(), p.owner().value(), name(p.owner()), s.title(), p.status(),
        s.departments().stream().map(TenantId::value).sorted().toList(), s.objectKinds(), s.selection(),
        s.periodFrom(), s.periodTo(), s.complaintWeight(), s.lowCreditWeight(), s.teamSize(), s.jointTeams(),
        s.recusalMonths(), s.checklist(),
        s.conflicts().stream().map(c -> new ConflictView(c.login(), c.objectCode(), c.note())).toList(),
        p.createdAt(), p.createdBy(), commitment(p), draw(p), tasks.stream().map(this::summary).toList(),
        p.version());
  }

  CommitmentView commitment(InspectionPlan p) {
    if (p.commitment().isEmpty()) {
      return null;
    }
    Commitment c = p.commitment().get();
    DrawDocument document = p.document();
    return new CommitmentView(c.documentHash(), c.seedHash(), c.committedAt(), c.document(),
        document.objects().size(), document.inspectors().size());
  }

  /** The draw with names; null before it. */
  DrawView draw(InspectionPlan p) {
    if (p.drawRecord().isEmpty()) {
      return null;
    }
    DrawRecord r = p.drawRecord().get();
    DrawDocument document = p.document();
    Map<String, DrawDocument.ObjectEntry> objects = document.objects().stream()
        .collect(Collectors.toMap(DrawDocument.ObjectEntry::id, Function.identity()));
    Map<String, DrawDocument.InspectorEntry> inspectors = document.inspectors().stream()
        .collect(Collectors.toMap(DrawDocument.InspectorEntry::id, Function.identity()));
    List<TeamView> teams = r.result().teams().stream().map(t -> new TeamView(t.object(),
        objects.get(t.object()).name(), t.inspectors().stream().map(inspectors::get)
            .map(i -> new MemberView(i.name(), name(i.department()), i.id())).toList())).toList();
    return new DrawView(r.witnessName(), r.witnessValue(), r.drawnAt(), p.revealedSeed().orElseThrow(),
        r.result().canonicalJson(), teams);
  }

  TaskSummary summary(InspectionTask t) {
    var s = t.state();
    return new TaskSummary(s.id(), s.planId().value(), s.planTitle(), s.object().code(), s.object().name(),
        s.object().kind(), s.status(), s.drawnOn(), members(s.team()));
  }

  List<MemberView> members(List<TeamMember> team) {
    return team.stream().map(m -> new MemberView(m.name(), name(m.tenant()), m.certificateNumber())).toList();
  }
}
