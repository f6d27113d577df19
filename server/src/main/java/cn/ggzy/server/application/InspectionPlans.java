package cn.ggzy.server.application;

import cn.ggzy.server.application.InspectionViews.PlanDetail;
import cn.ggzy.server.application.InspectionViews.PlanSummary;
import cn.ggzy.server.domain.model.inspection.Conflict;
import cn.ggzy.server.domain.model.inspection.ObjectKind;
import cn.ggzy.server.domain.model.inspection.Selection;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Random inspection plans: a department head plans for the own department, the supervision office
 * plans joint inspections across its region's departments. Commit publishes the commitment; the
 * draw takes the witness's value, reveals the seed and sends the tasks to the teams.
 */
public interface InspectionPlans {
  record PlanInput(String title, List<String> departments, Set<ObjectKind> objectKinds, Selection.Mode selectionMode,
      int selectionValue, LocalDate periodFrom, LocalDate periodTo, int complaintWeight, int lowCreditWeight,
      int teamSize, boolean jointTeams, int recusalMonths, List<String> checklist, List<Conflict> conflicts) {}

  boolean mayPlan(Caller caller);

  /** The caller's department's plans (the office: its own plans), newest first. */
  List<PlanSummary> plans(Caller caller);

  PlanDetail find(Caller caller, String planId);

  PlanDetail create(Caller caller, PlanInput input);

  PlanDetail revise(Caller caller, String planId, long version, PlanInput input);

  /** Freezes the rosters and publishes the commitment; refused with the reason when no draw could keep the rules. */
  PlanDetail commit(Caller caller, String planId, long version);

  /** Draws with the witness's value, reveals the seed and creates one task per drawn object. */
  PlanDetail draw(Caller caller, String planId, long version, String witnessName, String witnessValue);
}
