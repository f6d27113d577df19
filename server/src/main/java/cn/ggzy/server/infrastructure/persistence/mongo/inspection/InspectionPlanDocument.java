package cn.ggzy.server.infrastructure.persistence.mongo.inspection;

import static cn.ggzy.server.infrastructure.persistence.mongo.inspection.InspectionParts.instant;
import static cn.ggzy.server.infrastructure.persistence.mongo.inspection.InspectionParts.millis;

import cn.ggzy.server.domain.model.inspection.Commitment;
import cn.ggzy.server.domain.model.inspection.DrawRecord;
import cn.ggzy.server.domain.model.inspection.DrawResult;
import cn.ggzy.server.domain.model.inspection.InspectionPlan;
import cn.ggzy.server.domain.model.inspection.ObjectKind;
import cn.ggzy.server.domain.model.inspection.PlanId;
import cn.ggzy.server.domain.model.inspection.PlanSettings;
import cn.ggzy.server.domain.model.inspection.PlanStatus;
import cn.ggzy.server.domain.model.inspection.Selection;
import cn.ggzy.server.infrastructure.persistence.mongo.inspection.InspectionParts.ConflictDoc;
import cn.ggzy.tenants.TenantId;
import jakarta.nosql.Column;
import jakarta.nosql.Entity;
import jakarta.nosql.Id;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Stored form of an {@link InspectionPlan}. The committed document and the draw result are kept
 * as their canonical JSON, byte for byte what is published. {@code secretSeed} is never read by
 * a public query before the plan is drawn (the application maps it out).
 */
@Entity("inspection_plans")
public class InspectionPlanDocument {
  @Id String id;
  @Column String tenantId;
  @Column String region;
  @Column long createdAt;
  @Column String createdBy;
  @Column String title;
  @Column List<String> departments;
  @Column List<String> objectKinds;
  @Column String selectionMode;
  @Column int selectionValue;
  @Column String periodFrom;
  @Column String periodTo;
  @Column int complaintWeight;
  @Column int lowCreditWeight;
  @Column int teamSize;
  @Column boolean jointTeams;
  @Column int recusalMonths;
  @Column List<String> checklist;
  @Column List<ConflictDoc> conflicts;
  @Column String status;
  @Column boolean published;
  @Column String document;
  @Column String documentHash;
  @Column String seedHash;
  @Column String secretSeed;
  @Column Long committedAt;
  @Column String committedBy;
  /** Internal: "certificate=login" of every inspector in the document. */
  @Column List<String> logins;
  @Column String witnessName;
  @Column String witnessValue;
  @Column Long drawnAt;
  @Column String drawnBy;
  @Column String result;
  @Column long version;

  public InspectionPlanDocument() {}

  static InspectionPlanDocument of(InspectionPlan p, long version) {
    InspectionPlanDocument d = new InspectionPlanDocument();
    PlanSettings s = p.settings();
    d.id = p.id().value();
    d.tenantId = p.owner().value();
    d.region = p.owner().region().value();
    d.createdAt = p.createdAt().toEpochMilli();
    d.createdBy = p.createdBy();
    d.title = s.title();
    d.departments = new ArrayList<>(s.departments().stream().map(TenantId::value).sorted().toList());
    d.objectKinds = new ArrayList<>(s.objectKinds().stream().map(Enum::name).sorted().toList());
    d.selectionMode = s.selection().mode().name();
    d.selectionValue = s.selection().value();
    d.periodFrom = s.periodFrom().toString();
    d.periodTo = s.periodTo().toString();
    d.complaintWeight = s.complaintWeight();
    d.lowCreditWeight = s.lowCreditWeight();
    d.teamSize = s.teamSize();
    d.jointTeams = s.jointTeams();
    d.recusalMonths = s.recusalMonths();
    d.checklist = new ArrayList<>(s.checklist());
    d.conflicts = new ArrayList<>(s.conflicts().stream().map(ConflictDoc::of).toList());
    d.status = p.status().name();
    d.published = p.isPublic();
    p.commitment().ifPresent(c -> {
      d.document = c.document();
      d.documentHash = c.documentHash();
      d.seedHash = c.seedHash();
      d.secretSeed = c.secretSeed();
      d.committedAt = millis(c.committedAt());
      d.committedBy = c.committedBy();
      d.logins = new ArrayList<>(c.logins().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).sorted()
          .toList());
    });
    p.drawRecord().ifPresent(r -> {
      d.witnessName = r.witnessName();
      d.witnessValue = r.witnessValue();
      d.drawnAt = millis(r.drawnAt());
      d.drawnBy = r.drawnBy();
      d.result = r.result().canonicalJson();
    });
    d.version = version;
    return d;
  }

  InspectionPlan toPlan() {
    EnumSet<ObjectKind> kinds = EnumSet.noneOf(ObjectKind.class);
    objectKinds.forEach(k -> kinds.add(ObjectKind.valueOf(k)));
    PlanSettings settings = new PlanSettings(title, new HashSet<>(departments.stream().map(TenantId::of).toList()),
        kinds, new Selection(Selection.Mode.valueOf(selectionMode), selectionValue), LocalDate.parse(periodFrom),
        LocalDate.parse(periodTo), complaintWeight, lowCreditWeight, teamSize, jointTeams, recusalMonths, checklist,
        conflicts == null ? List.of() : conflicts.stream().map(ConflictDoc::toConflict).toList());
    Commitment commitment = document == null ? null
        : new Commitment(document, documentHash, seedHash, secretSeed, instant(committedAt), committedBy,
            logins == null ? Map.of() : logins.stream().map(l -> l.split("=", 2))
                .collect(Collectors.toMap(l -> l[0], l -> l[1])));
    DrawRecord draw = result == null ? null
        : new DrawRecord(witnessName, witnessValue, instant(drawnAt), drawnBy, DrawResult.parse(result));
    return new InspectionPlan(new PlanId(id), TenantId.of(tenantId), instant(createdAt), createdBy, settings,
        PlanStatus.valueOf(status), commitment, draw, version);
  }
}
