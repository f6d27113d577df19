package cn.ggzy.server.infrastructure.persistence.mongo.credit;

import cn.ggzy.server.domain.model.credit.CreditRecord;
import cn.ggzy.server.domain.model.credit.RecordId;
import cn.ggzy.server.domain.model.credit.RecordKind;
import cn.ggzy.server.domain.model.credit.RecordStatus;
import cn.ggzy.server.domain.model.credit.SubjectId;
import cn.ggzy.tenants.TenantId;
import jakarta.nosql.Column;
import jakarta.nosql.Entity;
import jakarta.nosql.Id;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Stored form of a {@link CreditRecord}. A record that followed a case has the case's id as its
 * own, so a case can never be recorded twice.
 */
@Entity("credit_records")
public class CreditRecordDocument {
  @Id String id;
  @Column String tenantId;
  @Column String region;
  @Column String subjectId;
  @Column String subjectName;
  @Column String subjectKind;
  @Column String creditCode;
  @Column String residentId;
  @Column String kind;
  @Column boolean positive;
  @Column String summary;
  @Column String legalBasis;
  @Column String internalNote;
  @Column long decidedOn;
  @Column String caseId;
  @Column String caseNumber;
  @Column String enteredBy;
  @Column long enteredAt;
  @Column String status;
  @Column String approvedBy;
  @Column Long approvedAt;
  @Column String rejectionReason;
  @Column long version;

  public CreditRecordDocument() {}

  static CreditRecordDocument of(CreditRecord record, long version) {
    CreditRecord.Data r = record.data();
    CreditRecordDocument d = new CreditRecordDocument();
    d.id = r.id().value();
    d.tenantId = r.tenant().value();
    d.region = r.tenant().region().value();
    d.subjectId = r.subjectId() == null ? null : r.subjectId().value();
    d.subjectName = r.subjectName();
    d.subjectKind = r.identity() == null ? null : r.identity().kind().name();
    d.creditCode = CreditQueries.code(r.identity());
    d.residentId = CreditQueries.residentId(r.identity());
    d.kind = r.kind().name();
    d.positive = r.kind().positive();
    d.summary = r.summary();
    d.legalBasis = r.legalBasis();
    d.internalNote = r.internalNote();
    d.decidedOn = r.decidedOn().toEpochDay();
    d.caseId = r.caseId();
    d.caseNumber = r.caseNumber();
    d.enteredBy = r.enteredBy();
    d.enteredAt = r.enteredAt().toEpochMilli();
    d.status = r.status().name();
    d.approvedBy = r.approvedBy();
    d.approvedAt = r.approvedAt() == null ? null : r.approvedAt().toEpochMilli();
    d.rejectionReason = r.rejectionReason();
    d.version = version;
    return d;
  }

  CreditRecord toRecord() {
    return CreditRecord.restore(new CreditRecord.Data(new RecordId(id), TenantId.of(tenantId),
        subjectId == null ? null : new SubjectId(subjectId), subjectName,
        CreditQueries.identity(subjectKind, subjectName, creditCode, residentId), RecordKind.valueOf(kind), summary,
        legalBasis, internalNote, LocalDate.ofEpochDay(decidedOn), caseId, caseNumber, enteredBy,
        Instant.ofEpochMilli(enteredAt), RecordStatus.valueOf(status), approvedBy,
        approvedAt == null ? null : Instant.ofEpochMilli(approvedAt), rejectionReason, version));
  }
}
