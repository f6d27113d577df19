package cn.ggzy.server.application;

import cn.ggzy.server.domain.model.draw.DrawReport;
import cn.ggzy.server.domain.model.draw.PublishedDraw;
import cn.ggzy.tenants.RegionCode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The public side of 双随机一公开 (no login): a region's committed and drawn plans with their
 * commitment, draw and published results, and the verification anyone can run.
 */
public interface PublicInspections {
  record PublicPlanSummary(String id, String title, String ownerName, String status, LocalDate periodFrom,
      LocalDate periodTo, Instant committedAt, Instant drawnAt, int results) {}

  /** A published result of one task. */
  record PublicResult(String objectCode, String objectName, List<InspectionViews.MemberView> team,
      Instant inspectedAt, Instant concludedAt, String conclusion, String text, Instant publishedAt) {}

  record PublicPlan(String id, String region, String title, String ownerName, String status, List<String> departments,
      List<String> objectKinds, String selectionMode, int selectionValue, LocalDate periodFrom, LocalDate periodTo,
      int complaintWeight, int lowCreditWeight, int teamSize, boolean jointTeams, int recusalMonths,
      InspectionViews.CommitmentView commitment, InspectionViews.DrawView draw, List<PublicResult> results) {}

  List<PublicPlanSummary> plans(RegionCode region, int offset, int limit);

  PublicPlan plan(RegionCode region, String planId);

  /** Recomputes a drawn plan from its published data. */
  DrawReport verify(RegionCode region, String planId);

  /** Checks data anyone submits (e.g. a copy kept since publication). */
  DrawReport verify(PublishedDraw published);
}
