package cn.ggzy.server.infrastructure.persistence.mongo.inspection;

import static cn.ggzy.server.infrastructure.persistence.mongo.inspection.InspectionParts.instant;
import static cn.ggzy.server.infrastructure.persistence.mongo.inspection.InspectionParts.millis;

import cn.ggzy.server.domain.model.inspection.InspectionTask;
import cn.ggzy.server.domain.model.inspection.ObjectKind;
import cn.ggzy.server.domain.model.inspection.PlanId;
import cn.ggzy.server.domain.model.inspection.TaskParts.Conclusion;
import cn.ggzy.server.domain.model.inspection.TaskParts.ConclusionKind;
import cn.ggzy.server.domain.model.inspection.TaskParts.InspectedObject;
import cn.ggzy.server.domain.model.inspection.TaskParts.Publication;
import cn.ggzy.server.domain.model.inspection.TaskParts.TaskStatus;
import cn.ggzy.server.domain.model.inspection.TaskParts.TeamMember;
import cn.ggzy.server.domain.model.inspection.TaskState;
import cn.ggzy.server.infrastructure.persistence.mongo.inspection.InspectionParts.ChecklistDoc;
import cn.ggzy.server.infrastructure.persistence.mongo.inspection.InspectionParts.FindingDoc;
import cn.ggzy.server.infrastructure.persistence.mongo.inspection.InspectionParts.GeoDoc;
import cn.ggzy.server.infrastructure.persistence.mongo.inspection.InspectionParts.MemberDoc;
import cn.ggzy.server.infrastructure.persistence.mongo.inspection.InspectionParts.PhotoDoc;
import cn.ggzy.tenants.TenantId;
import jakarta.nosql.Column;
import jakarta.nosql.Entity;
import jakarta.nosql.Id;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Stored form of an {@link InspectionTask}: the whole task in one document, with {@code readers}
 * (owner and the members' departments) and {@code members} (logins) to find it by.
 */
@Entity("inspection_tasks")
public class InspectionTaskDocument {
  @Id String id;
  @Column String tenantId;
  @Column String region;
  @Column List<String> readers;
  @Column List<String> members;
  @Column String planId;
  @Column String planTitle;
  @Column String drawnOn;
  @Column String objectCode;
  @Column String objectKind;
  @Column String objectName;
  @Column String objectDepartment;
  @Column List<MemberDoc> team;
  @Column List<ChecklistDoc> checklist;
  @Column List<PhotoDoc> photos;
  @Column GeoDoc location;
  @Column Long onSiteAt;
  @Column List<FindingDoc> findings;
  @Column String status;
  @Column String conclusionKind;
  @Column String conclusionSummary;
  @Column Long concludedAt;
  @Column String concludedBy;
  @Column String publicationText;
  @Column Long publishedAt;
  @Column String publishedBy;
  @Column long version;

  public InspectionTaskDocument() {}

  static InspectionTaskDocument of(InspectionTask task, long version) {
    TaskState s = task.state();
    InspectionTaskDocument d = new InspectionTaskDocument();
    d.id = s.id();
    d.tenantId = s.owner().value();
    d.region = s.owner().region().value();
    d.readers = new ArrayList<>(task.readers().stream().map(TenantId::value).toList());
    d.members = new ArrayList<>(s.team().stream().map(TeamMember::login).toList());
    d.planId = s.planId().value();
    d.planTitle = s.planTitle();
    d.drawnOn = s.drawnOn().toString();
    d.objectCode = s.object().code();
    d.objectKind = s.object().kind().name();
    d.objectName = s.object().name();
    d.objectDepartment = s.object().department().value();
    d.team = new ArrayList<>(s.team().stream().map(MemberDoc::of).toList());
    d.checklist = new ArrayList<>(s.checklist().stream().map(ChecklistDoc::of).toList());
    d.photos = new ArrayList<>(s.photos().stream().map(PhotoDoc::of).toList());
    d.location = GeoDoc.of(s.location());
    d.onSiteAt = millis(s.onSiteAt());
    d.findings = new ArrayList<>(s.findings().stream().map(FindingDoc::of).toList());
    d.status = s.status().name();
    if (s.conclusion() != null) {
      d.conclusionKind = s.conclusion().kind().name();
      d.conclusionSummary = s.conclusion().summary();
      d.concludedAt = millis(s.conclusion().at());
      d.concludedBy = s.conclusion().by();
    }
    if (s.publication() != null) {
      d.publicationText = s.publication().text();
      d.publishedAt = millis(s.publication().at());
      d.publishedBy = s.publication().by();
    }
    d.version = version;
    return d;
  }

  InspectionTask toTask() {
    return TaskState.restore(id, TenantId.of(tenantId), new PlanId(planId), planTitle, LocalDate.parse(drawnOn),
        new InspectedObject(objectCode, ObjectKind.valueOf(objectKind), objectName, TenantId.of(objectDepartment)),
        list(team).stream().map(MemberDoc::toMember).toList(),
        list(checklist).stream().map(ChecklistDoc::toEntry).toList(),
        list(photos).stream().map(PhotoDoc::toPhoto).toList(),
        location == null ? null : location.toPoint(), instant(onSiteAt),
        list(findings).stream().map(FindingDoc::toFinding).toList(), TaskStatus.valueOf(status),
        conclusionKind == null ? null : new Conclusion(ConclusionKind.valueOf(conclusionKind), conclusionSummary,
            instant(concludedAt), concludedBy),
        publicationText == null ? null : new Publication(publicationText, instant(publishedAt), publishedBy), version);
  }

  private static <T> List<T> list(List<T> items) {
    return items == null ? List.of() : items;
  }
}
