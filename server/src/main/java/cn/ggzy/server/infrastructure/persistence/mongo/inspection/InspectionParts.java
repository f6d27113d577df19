package cn.ggzy.server.infrastructure.persistence.mongo.inspection;

import cn.ggzy.server.domain.model.inspection.Conflict;
import cn.ggzy.server.domain.model.inspection.TaskParts.ChecklistEntry;
import cn.ggzy.server.domain.model.inspection.TaskParts.Finding;
import cn.ggzy.server.domain.model.inspection.TaskParts.Outcome;
import cn.ggzy.server.domain.model.inspection.TaskParts.Photo;
import cn.ggzy.server.domain.model.inspection.TaskParts.SiteLocation;
import cn.ggzy.server.domain.model.inspection.TaskParts.TeamMember;
import cn.ggzy.tenants.TenantId;
import jakarta.nosql.Column;
import jakarta.nosql.Embeddable;
import java.time.Instant;

/** The sub-documents of stored plans and tasks (embedded, written atomically with them). */
final class InspectionParts {
  private InspectionParts() {}

  static Long millis(Instant at) {
    return at == null ? null : at.toEpochMilli();
  }

  static Instant instant(Long millis) {
    return millis == null ? null : Instant.ofEpochMilli(millis);
  }

  @Embeddable(Embeddable.EmbeddableType.GROUPING)
  public static class ConflictDoc {
    @Column String login;
    @Column String objectCode;
    @Column String note;

    public ConflictDoc() {}

    static ConflictDoc of(Conflict c) {
      ConflictDoc d = new ConflictDoc();
      d.login = c.login();
      d.objectCode = c.objectCode();
      d.note = c.note();
      return d;
    }

    Conflict toConflict() {
      return new Conflict(login, objectCode, note);
    }
  }

  @Embeddable(Embeddable.EmbeddableType.GROUPING)
  public static class MemberDoc {
    @Column String login;
    @Column String name;
    @Column String tenantId;
    @Column String certificateNumber;

    public MemberDoc() {}

    static MemberDoc of(TeamMember m) {
      MemberDoc d = new MemberDoc();
      d.login = m.login();
      d.name = m.name();
      d.tenantId = m.tenant().value();
      d.certificateNumber = m.certificateNumber();
      return d;
    }

    TeamMember toMember() {
      return new TeamMember(login, name, TenantId.of(tenantId), certificateNumber);
    }
  }

  @Embeddable(Embeddable.EmbeddableType.GROUPING)
  public static class ChecklistDoc {
    @Column String item;
    @Column String outcome;
    @Column String note;

    public ChecklistDoc() {}

    static ChecklistDoc of(ChecklistEntry c) {
      ChecklistDoc d = new ChecklistDoc();
      d.item = c.item();
      d.outcome = c.outcome() == null ? null : c.outcome().name();
      d.note = c.note();
      return d;
    }

    ChecklistEntry toEntry() {
      return new ChecklistEntry(item, outcome == null ? null : Outcome.valueOf(outcome), note);
    }
  }

  @Embeddable(Embeddable.EmbeddableType.GROUPING)
  public static class PhotoDoc {
    @Column String fileId;
    @Column String sha256;
    @Column String fileName;
    @Column String contentType;
    @Column long size;
    @Column Long takenAt;
    @Column String takenBy;

    public PhotoDoc() {}

    static PhotoDoc of(Photo p) {
      PhotoDoc d = new PhotoDoc();
      d.fileId = p.fileId();
      d.sha256 = p.sha256();
      d.fileName = p.fileName();
      d.contentType = p.contentType();
      d.size = p.size();
      d.takenAt = millis(p.takenAt());
      d.takenBy = p.takenBy();
      return d;
    }

    Photo toPhoto() {
      return new Photo(fileId, sha256, fileName, contentType, size, instant(takenAt), takenBy);
    }
  }

  @Embeddable(Embeddable.EmbeddableType.GROUPING)
  public static class GeoDoc {
    @Column Double latitude;
    @Column Double longitude;
    @Column Double accuracyMeters;
    @Column Long at;
    @Column String by;

    public GeoDoc() {}

    static GeoDoc of(SiteLocation p) {
      if (p == null) {
        return null;
      }
      GeoDoc d = new GeoDoc();
      d.latitude = p.latitude();
      d.longitude = p.longitude();
      d.accuracyMeters = p.accuracyMeters();
      d.at = millis(p.at());
      d.by = p.by();
      return d;
    }

    SiteLocation toPoint() {
      return latitude == null || longitude == null ? null
          : SiteLocation.reported(latitude, longitude, accuracyMeters == null ? 0 : accuracyMeters, instant(at), by);
    }
  }

  @Embeddable(Embeddable.EmbeddableType.GROUPING)
  public static class FindingDoc {
    @Column String text;
    @Column Long at;
    @Column String by;
    @Column String caseId;
    @Column String caseNumber;

    public FindingDoc() {}

    static FindingDoc of(Finding f) {
      FindingDoc d = new FindingDoc();
      d.text = f.text();
      d.at = millis(f.at());
      d.by = f.by();
      d.caseId = f.caseId();
      d.caseNumber = f.caseNumber();
      return d;
    }

    Finding toFinding() {
      return new Finding(text, instant(at), by, caseId, caseNumber);
    }
  }
}
