package cn.ggzy.server.infrastructure.persistence.mongo.credit;

import cn.ggzy.server.domain.model.credit.CreditCode;
import cn.ggzy.server.domain.model.credit.CreditFixtures;
import cn.ggzy.server.domain.model.credit.CreditRecord;
import cn.ggzy.server.domain.model.credit.CreditSubject;
import cn.ggzy.server.domain.model.credit.SubjectIdentity;
import cn.ggzy.server.domain.model.credit.SubjectKind;
import cn.ggzy.server.domain.model.credit.SubjectRepository;
import cn.ggzy.server.infrastructure.persistence.mongo.TestContainer;
import cn.ggzy.tenants.TenantId;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;

/** Registered subjects and stored decision records for the credit repository tests. */
final class CreditRepositoryFixtures {
  private static final AtomicLong N = new AtomicLong(System.nanoTime() % 1_000_000_000L);

  private CreditRepositoryFixtures() {}

  /** A fresh enterprise registered in the tenant's region, with a unique valid credit code. */
  static CreditSubject subject(TenantId tenant, String name) {
    SubjectIdentity identity = new SubjectIdentity(SubjectKind.ENTERPRISE, name,
        new CreditCode(CreditFixtures.code(N.incrementAndGet() % 1_000_000_000L)),
        null);
    return TestContainer.get(SubjectRepository.class).register(tenant.region(), identity);
  }

  static CreditRecord penalty(TenantId tenant, CreditSubject subject, LocalDate decidedOn) {
    return CreditFixtures.penalty(tenant, subject, decidedOn);
  }
}
