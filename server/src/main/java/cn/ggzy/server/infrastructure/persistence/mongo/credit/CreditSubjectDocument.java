package cn.ggzy.server.infrastructure.persistence.mongo.credit;

import cn.ggzy.server.domain.model.credit.CreditSubject;
import cn.ggzy.server.domain.model.credit.SubjectId;
import cn.ggzy.tenants.RegionCode;
import jakarta.nosql.Column;
import jakarta.nosql.Entity;
import jakarta.nosql.Id;

/** Stored form of a {@link CreditSubject}; unique per ({@code region}, {@code key}). */
@Entity("credit_subjects")
public class CreditSubjectDocument {
  @Id String id;
  @Column String region;
  @Column String key;
  @Column String kind;
  @Column String subjectName;
  @Column String creditCode;
  @Column String residentId;

  public CreditSubjectDocument() {}

  static CreditSubjectDocument of(CreditSubject s) {
    CreditSubjectDocument d = new CreditSubjectDocument();
    d.id = s.id().value();
    d.region = s.region().value();
    d.key = s.identity().key();
    d.kind = s.identity().kind().name();
    d.subjectName = s.identity().name();
    d.creditCode = CreditQueries.code(s.identity());
    d.residentId = CreditQueries.residentId(s.identity());
    return d;
  }

  CreditSubject toSubject() {
    return new CreditSubject(new SubjectId(id), RegionCode.of(region),
        CreditQueries.identity(kind, subjectName, creditCode, residentId));
  }
}
