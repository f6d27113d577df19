package cn.ggzy.server.domain.model.tender;

import cn.ggzy.tenants.OfficeScope;
import cn.ggzy.tenants.TenantId;
import java.util.List;

/** Evaluation scores of one department; every method takes the department first. */
public interface EvaluationScoreRepository {

  /** Stores the score under its natural key; the same score already stored is left as it is. */
  Stored store(TenantId tenant, EvaluationScore score);

  /** Every score of the department (the signs across its tenders). */
  List<EvaluationScore> all(TenantId tenant);

  /** Every score of the scope's region. */
  List<EvaluationScore> all(OfficeScope scope);

  /** Every score of one section. */
  List<EvaluationScore> section(TenantId tenant, SectionKey section);
}
