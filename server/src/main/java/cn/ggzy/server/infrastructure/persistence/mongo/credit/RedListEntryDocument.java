package cn.ggzy.server.infrastructure.persistence.mongo.credit;

import cn.ggzy.server.domain.model.credit.EntryId;
import cn.ggzy.server.domain.model.credit.PublicationPeriod;
import cn.ggzy.server.domain.model.credit.RedListEntry;
import cn.ggzy.server.domain.model.credit.RedListStatus;
import cn.ggzy.server.domain.model.credit.SubjectId;
import cn.ggzy.tenants.TenantId;
import jakarta.nosql.Column;
import jakarta.nosql.Entity;
import jakarta.nosql.Id;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Stored form of a {@link RedListEntry}. {@code proposalSlot} is "proposed" while proposed, else the
 * entry's id: one open proposal per subject (unique index), also when two evaluations race.
 */
@Entity("credit_redlist")
public class RedListEntryDocument {
  static final String PROPOSED = "proposed";

  @Id String id;
  @Column String tenantId;
  @Column String region;
  @Column String subjectId;
  @Column String subjectKind;
  @Column String subjectName;
  @Column String creditCode;
  @Column String residentId;
  @Column int yearsWithoutNegative;
  @Column long positiveRecords;
  @Column String score;
  @Column long proposedAt;
  @Column String status;
  @Column String proposalSlot;
  @Column String decidedBy;
  @Column Long decidedAt;
  @Column String rejectionReason;
  @Column Long startDay;
  @Column Long endDay;
  @Column Long endedOn;
  @Column long version;

  public RedListEntryDocument() {}

  static RedListEntryDocument of(RedListEntry entry, long version) {
    RedListEntry.Data e = entry.data();
    RedListEntryDocument d = new RedListEntryDocument();
    d.id = e.id().value();
    d.tenantId = e.tenant().value();
    d.region = e.tenant().region().value();
    d.subjectId = e.subjectId().value();
    d.subjectKind = e.subject().kind().name();
    d.subjectName = e.subject().name();
    d.creditCode = CreditQueries.code(e.subject());
    d.residentId = CreditQueries.residentId(e.subject());
    d.yearsWithoutNegative = e.yearsWithoutNegative();
    d.positiveRecords = e.positiveRecords();
    d.score = e.score().toPlainString();
    d.proposedAt = e.proposedAt().toEpochMilli();
    d.status = e.status().name();
    d.proposalSlot = e.status() == RedListStatus.PROPOSED ? PROPOSED : e.id().value();
    d.decidedBy = e.decidedBy();
    d.decidedAt = e.decidedAt() == null ? null : e.decidedAt().toEpochMilli();
    d.rejectionReason = e.rejectionReason();
    d.startDay = e.period() == null ? null : e.period().start().toEpochDay();
    d.endDay = e.period() == null ? null : e.period().end().toEpochDay();
    d.endedOn = e.endedOn() == null ? null : e.endedOn().toEpochDay();
    d.version = version;
    return d;
  }

  RedListEntry toEntry() {
    return RedListEntry.restore(new RedListEntry.Data(new EntryId(id), TenantId.of(tenantId), new SubjectId(subjectId),
        CreditQueries.identity(subjectKind, subjectName, creditCode, residentId), yearsWithoutNegative,
        positiveRecords, new BigDecimal(score),
        Instant.ofEpochMilli(proposedAt), RedListStatus.valueOf(status), decidedBy,
        decidedAt == null ? null : Instant.ofEpochMilli(decidedAt), rejectionReason,
        startDay == null ? null : new PublicationPeriod(LocalDate.ofEpochDay(startDay), LocalDate.ofEpochDay(endDay)),
        endedOn == null ? null : LocalDate.ofEpochDay(endedOn), version));
  }
}
