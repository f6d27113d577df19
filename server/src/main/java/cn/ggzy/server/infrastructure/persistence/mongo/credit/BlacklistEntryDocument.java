package cn.ggzy.server.infrastructure.persistence.mongo.credit;

import cn.ggzy.server.domain.model.credit.BlacklistEntry;
import cn.ggzy.server.domain.model.credit.EntryId;
import cn.ggzy.server.domain.model.credit.ListClass;
import cn.ggzy.server.domain.model.credit.Measure;
import cn.ggzy.server.domain.model.credit.PublicationPeriod;
import cn.ggzy.server.domain.model.credit.RecordId;
import cn.ggzy.server.domain.model.credit.SubjectId;
import cn.ggzy.tenants.TenantId;
import jakarta.nosql.Column;
import jakarta.nosql.Entity;
import jakarta.nosql.Id;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Stored form of a {@link BlacklistEntry}; days as epoch days so that "published on a day" is a
 * range query. An entry's id is its record's id: a decision is listed at most once.
 */
@Entity("credit_blacklist")
public class BlacklistEntryDocument {
  @Id String id;
  @Column String tenantId;
  @Column String region;
  @Column String subjectId;
  @Column String subjectKind;
  @Column String subjectName;
  @Column String creditCode;
  @Column String residentId;
  @Column String recordId;
  @Column String caseNumber;
  @Column String listClass;
  @Column String reason;
  @Column String legalBasis;
  @Column List<String> measures;
  @Column long startDay;
  @Column long endDay;
  @Column String listedBy;
  @Column long listedAt;
  @Column Long removedOn;
  @Column String repairId;
  @Column long version;

  public BlacklistEntryDocument() {}

  static BlacklistEntryDocument of(BlacklistEntry entry, long version) {
    BlacklistEntry.Data e = entry.data();
    BlacklistEntryDocument d = new BlacklistEntryDocument();
    d.id = e.id().value();
    d.tenantId = e.tenant().value();
    d.region = e.tenant().region().value();
    d.subjectId = e.subjectId().value();
    d.subjectKind = e.subject().kind().name();
    d.subjectName = e.subject().name();
    d.creditCode = CreditQueries.code(e.subject());
    d.residentId = CreditQueries.residentId(e.subject());
    d.recordId = e.recordId().value();
    d.caseNumber = e.caseNumber();
    d.listClass = e.listClass().name();
    d.reason = e.reason();
    d.legalBasis = e.legalBasis();
    d.measures = e.measures().stream().sorted().map(Enum::name).toList();
    d.startDay = e.period().start().toEpochDay();
    d.endDay = e.period().end().toEpochDay();
    d.listedBy = e.listedBy();
    d.listedAt = e.listedAt().toEpochMilli();
    d.removedOn = e.removedOn() == null ? null : e.removedOn().toEpochDay();
    d.repairId = e.repairId();
    d.version = version;
    return d;
  }

  BlacklistEntry toEntry() {
    Set<Measure> parsed = EnumSet.noneOf(Measure.class);
    (measures == null ? List.<String>of() : measures).forEach(m -> parsed.add(Measure.valueOf(m)));
    return BlacklistEntry.restore(new BlacklistEntry.Data(new EntryId(id), TenantId.of(tenantId),
        new SubjectId(subjectId), CreditQueries.identity(subjectKind, subjectName, creditCode, residentId),
        new RecordId(recordId), caseNumber, ListClass.valueOf(listClass), reason, legalBasis, parsed,
        new PublicationPeriod(LocalDate.ofEpochDay(startDay), LocalDate.ofEpochDay(endDay)), listedBy,
        Instant.ofEpochMilli(listedAt), removedOn == null ? null : LocalDate.ofEpochDay(removedOn), repairId,
        version));
  }
}
