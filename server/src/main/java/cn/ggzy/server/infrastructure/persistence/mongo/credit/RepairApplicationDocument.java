package cn.ggzy.server.infrastructure.persistence.mongo.credit;

import cn.ggzy.server.domain.model.calendar.Deadline;
import cn.ggzy.server.domain.model.credit.EntryId;
import cn.ggzy.server.domain.model.credit.RepairApplication;
import cn.ggzy.server.domain.model.credit.RepairId;
import cn.ggzy.server.domain.model.credit.RepairRequest;
import cn.ggzy.server.domain.model.credit.RepairStatus;
import cn.ggzy.server.domain.model.credit.SubjectId;
import cn.ggzy.server.domain.service.WorkingCalendar;
import cn.ggzy.tenants.TenantId;
import jakarta.nosql.Column;
import jakarta.nosql.Entity;
import jakarta.nosql.Id;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Stored form of a {@link RepairApplication}. {@code openSlot} is "open" while undecided and the
 * application's id afterwards: the unique index on (tenant, entry, openSlot) allows one open
 * application per entry, also when two arrive at once.
 */
@Entity("credit_repairs")
public class RepairApplicationDocument {
  static final String OPEN = "open";

  @Id String id;
  @Column String tenantId;
  @Column String region;
  @Column String entryId;
  @Column String subjectId;
  @Column String subjectName;
  @Column String identifier;
  @Column String contactName;
  @Column String contactPhone;
  @Column String commitment;
  @Column String rectification;
  @Column String evidence;
  @Column long receivedAt;
  @Column long dueDay;
  /** The year whose notice was missing when the due day was counted (provisional), or null. */
  @Column Integer dueProvisionalYear;
  @Column long dueAt;
  @Column boolean extended;
  @Column String extensionReason;
  @Column String extendedBy;
  @Column String status;
  @Column String openSlot;
  @Column String decidedBy;
  @Column Long decidedAt;
  @Column String decisionText;
  @Column long version;

  public RepairApplicationDocument() {}

  static RepairApplicationDocument of(RepairApplication application, long version) {
    RepairApplication.Data a = application.data();
    RepairApplicationDocument d = new RepairApplicationDocument();
    d.id = a.id().value();
    d.tenantId = a.tenant().value();
    d.region = a.tenant().region().value();
    d.entryId = a.entryId().value();
    d.subjectId = a.subjectId().value();
    d.subjectName = a.subjectName();
    d.identifier = a.request().identifier();
    d.contactName = a.request().contactName();
    d.contactPhone = a.request().contactPhone();
    d.commitment = a.request().commitment();
    d.rectification = a.request().rectification();
    d.evidence = a.request().evidence();
    d.receivedAt = a.receivedAt().toEpochMilli();
    d.dueDay = a.due().lastWorkingDay().toEpochDay();
    d.dueProvisionalYear = a.due().provisionalYear();
    d.dueAt = a.due().due().toInstant().toEpochMilli();
    d.extended = a.extended();
    d.extensionReason = a.extensionReason();
    d.extendedBy = a.extendedBy();
    d.status = a.status().name();
    d.openSlot = a.status().open() ? OPEN : a.id().value();
    d.decidedBy = a.decidedBy();
    d.decidedAt = a.decidedAt() == null ? null : a.decidedAt().toEpochMilli();
    d.decisionText = a.decisionText();
    d.version = version;
    return d;
  }

  RepairApplication toApplication() {
    LocalDate last = LocalDate.ofEpochDay(dueDay);
    return RepairApplication.restore(new RepairApplication.Data(new RepairId(id), TenantId.of(tenantId),
        new EntryId(entryId), new SubjectId(subjectId), subjectName,
        new RepairRequest(identifier, contactName, contactPhone, commitment, true, rectification, evidence),
        Instant.ofEpochMilli(receivedAt), new Deadline(last, WorkingCalendar.endOf(last), dueProvisionalYear), extended, extensionReason,
        extendedBy, RepairStatus.valueOf(status), decidedBy, decidedAt == null ? null : Instant.ofEpochMilli(decidedAt),
        decisionText, version));
  }
}
