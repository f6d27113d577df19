package cn.ggzy.server.domain.model.inspection;

import cn.ggzy.tenants.TenantId;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a plan sets: scope (departments, object kinds), how many objects, the period, the extra
 * weights of objects with complaints or low credit, the team size (at least 2), whether teams must
 * mix departments, recusal after an inspection within N months, the checklist of the inspection and
 * the conflict list.
 */
public record PlanSettings(String title, Set<TenantId> departments, Set<ObjectKind> objectKinds, Selection selection,
    LocalDate periodFrom, LocalDate periodTo, int complaintWeight, int lowCreditWeight, int teamSize,
    boolean jointTeams, int recusalMonths, List<String> checklist, List<Conflict> conflicts) {
  public static final int MIN_TEAM = 2;
  public static final int MAX_TEAM = 6;
  public static final int MAX_WEIGHT = 10;

  public PlanSettings {
    title = Inputs.required(title, 200, "title");
    if (departments == null || departments.isEmpty()) {
      throw new InspectionException("inspection.plan.departments.required", "departments");
    }
    departments = Set.copyOf(new TreeSet<>(departments.stream().map(TenantId::value).toList()).stream()
        .map(TenantId::of).toList());
    if (objectKinds == null || objectKinds.isEmpty()) {
      throw new InspectionException("inspection.plan.objectKinds.required", "objectKinds");
    }
    objectKinds = Set.copyOf(EnumSet.copyOf(objectKinds));
    if (selection == null) {
      throw new InspectionException("inspection.plan.selection.required", "selection");
    }
    if (periodFrom == null || periodTo == null || periodTo.isBefore(periodFrom)) {
      throw new InspectionException("inspection.plan.period.invalid", "periodTo");
    }
    if (complaintWeight < 1 || complaintWeight > MAX_WEIGHT) {
      throw new InspectionException("inspection.plan.weight.invalid", "complaintWeight");
    }
    if (lowCreditWeight < 1 || lowCreditWeight > MAX_WEIGHT) {
      throw new InspectionException("inspection.plan.weight.invalid", "lowCreditWeight");
    }
    if (teamSize < MIN_TEAM || teamSize > MAX_TEAM) {
      throw new InspectionException("inspection.plan.teamSize.invalid", "teamSize");
    }
    if (recusalMonths < 0 || recusalMonths > 60) {
      throw new InspectionException("inspection.plan.recusalMonths.invalid", "recusalMonths");
    }
    checklist = (checklist == null ? List.<String>of() : checklist).stream().filter(s -> s != null && !s.isBlank())
        .map(s -> Inputs.required(s, 200, "checklist")).toList();
    if (checklist.isEmpty()) {
      throw new InspectionException("inspection.plan.checklist.required", "checklist");
    }
    if (checklist.size() > 50) {
      throw new InspectionException("inspection.field.tooLong", "checklist");
    }
    conflicts = List.copyOf(conflicts == null ? List.of() : conflicts);
  }

  /** The plan covers departments of one region only. */
  public boolean withinRegion(TenantId owner) {
    return departments.stream().allMatch(d -> d.region().equals(owner.region()));
  }
}
