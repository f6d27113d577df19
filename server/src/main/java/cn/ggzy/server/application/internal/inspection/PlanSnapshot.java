package cn.ggzy.server.application.internal.inspection;

import cn.ggzy.server.domain.model.account.Account;
import cn.ggzy.server.domain.model.inspection.CertifiedInspector;
import cn.ggzy.server.domain.model.inspection.Conflict;
import cn.ggzy.server.domain.model.inspection.DrawDocument;
import cn.ggzy.server.domain.model.inspection.DrawDocument.InspectorEntry;
import cn.ggzy.server.domain.model.inspection.DrawDocument.ObjectEntry;
import cn.ggzy.server.domain.model.inspection.DrawDocument.Pair;
import cn.ggzy.server.domain.model.inspection.DrawDocument.Visit;
import cn.ggzy.server.domain.model.inspection.InspectionException;
import cn.ggzy.server.domain.model.inspection.InspectionObject;
import cn.ggzy.server.domain.model.inspection.InspectionPlan;
import cn.ggzy.server.domain.model.inspection.InspectionTask;
import cn.ggzy.server.domain.model.inspection.PlanSettings;
import cn.ggzy.server.domain.model.inspection.TaskParts.TeamMember;
import cn.ggzy.tenants.TenantId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Freezes a plan's rosters into its draw document: the objects of the plan's departments and kinds
 * with their weights; the inspectors of those departments whose account is enabled and whose
 * certificate is valid to the end of the period; the conflict pairs (declared relatives and former
 * employers, the plan's conflict list); and who was drawn for which of these objects in the
 * recusal months.
 */
final class PlanSnapshot {
  private final DrawDocument document;
  private final Map<String, String> logins;

  private PlanSnapshot(DrawDocument document, Map<String, String> logins) {
    this.document = document;
    this.logins = logins;
  }

  static PlanSnapshot take(InspectionPlan plan, LocalDate committedOn, List<InspectionObject> objects,
      List<CertifiedInspector> roster, List<Account> accounts, List<InspectionTask> recentTasks) {
    PlanSettings s = plan.settings();
    List<ObjectEntry> entries = new ArrayList<>();
    Set<String> codes = new HashSet<>();
    for (InspectionObject o : objects) {
      if (!s.departments().contains(o.tenantId()) || !s.objectKinds().contains(o.kind())) {
        continue;
      }
      if (!codes.add(o.code())) {
        throw new InspectionException("inspection.plan.objects.duplicate", o.code());
      }
      long weight = (o.complaints() ? s.complaintWeight() : 1L) * (o.lowCredit() ? s.lowCreditWeight() : 1L);
      entries.add(new ObjectEntry(o.code(), o.kind().name(), o.name(), o.tenantId().value(),
          o.supervisingUnit() == null ? "" : o.supervisingUnit().value(), weight));
    }
    Set<String> enabled = new HashSet<>();
    accounts.stream().filter(Account::enabled).forEach(a -> enabled.add(a.tenantId() + "/" + a.login().value()));
    List<InspectorEntry> inspectors = new ArrayList<>();
    Map<String, String> logins = new HashMap<>();
    Map<String, String> certificates = new HashMap<>();
    List<Pair> conflicts = new ArrayList<>();
    for (CertifiedInspector i : roster) {
      if (!s.departments().contains(i.tenantId()) || !i.certifiedOn(s.periodTo())
          || !enabled.contains(i.tenantId() + "/" + i.login())) {
        continue;
      }
      inspectors.add(new InspectorEntry(i.certificateNumber(), i.displayName(), i.tenantId().value(), i.validUntil()));
      logins.put(i.certificateNumber(), i.login());
      certificates.put(i.login(), i.certificateNumber());
      for (String code : union(i.relatives(), i.formerEmployers())) {
        if (codes.contains(code)) {
          conflicts.add(new Pair(i.certificateNumber(), code));
        }
      }
    }
    for (Conflict c : s.conflicts()) {
      String certificate = certificates.get(c.login());
      if (certificate != null && codes.contains(c.objectCode())) {
        conflicts.add(new Pair(certificate, c.objectCode()));
      }
    }
    List<Visit> history = new ArrayList<>();
    if (s.recusalMonths() > 0) {
      LocalDate since = committedOn.minusMonths(s.recusalMonths());
      for (InspectionTask t : recentTasks) {
        if (!t.state().drawnOn().isAfter(since) || !codes.contains(t.state().object().code())) {
          continue;
        }
        for (TeamMember m : t.state().team()) {
          if (logins.containsKey(m.certificateNumber())) {
            history.add(new Visit(m.certificateNumber(), t.state().object().code(), t.state().drawnOn()));
          }
        }
      }
    }
    DrawDocument.Plan head = new DrawDocument.Plan(plan.id().value(), plan.owner().region().value(),
        plan.owner().value(), s.title(), committedOn, s.periodFrom(), s.periodTo(),
        s.departments().stream().map(TenantId::value).toList(), s.objectKinds().stream().map(Enum::name).toList(),
        s.selection(), s.complaintWeight(), s.lowCreditWeight(), s.teamSize(), s.jointTeams(), s.recusalMonths());
    return new PlanSnapshot(new DrawDocument(head, entries, inspectors, conflicts, history), logins);
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new HashSet<>(a);
    all.addAll(b);
    return all;
  }

  DrawDocument document() {
    return document;
  }

  Map<String, String> logins() {
    return logins;
  }
}
