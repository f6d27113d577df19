package cn.ggzy.server.application.internal.credit;

import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.CreditScores;
import cn.ggzy.server.application.CreditViews.ScoreView;
import cn.ggzy.server.application.TenantDirectory;
import cn.ggzy.server.domain.model.NotFoundException;
import cn.ggzy.server.domain.model.audit.AuditLog;
import cn.ggzy.server.domain.model.credit.CreditCode;
import cn.ggzy.server.domain.model.credit.CreditRecordRepository;
import cn.ggzy.server.domain.model.credit.CreditScoring;
import cn.ggzy.server.domain.model.credit.CreditSettingsRepository;
import cn.ggzy.server.domain.model.credit.CreditSubject;
import cn.ggzy.server.domain.model.credit.SubjectId;
import cn.ggzy.server.domain.model.credit.SubjectRepository;
import cn.ggzy.tenants.RegionCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;

@ApplicationScoped
public class DefaultCreditScores implements CreditScores {
  private SubjectRepository subjects;
  private CreditRecordRepository records;
  private CreditSettingsRepository settings;
  private TenantDirectory directory;
  private AuditLog audit;
  private Clock clock;

  protected DefaultCreditScores() {}

  @Inject
  public DefaultCreditScores(SubjectRepository subjects, CreditRecordRepository records,
      CreditSettingsRepository settings, TenantDirectory directory, AuditLog audit, Clock clock) {
    this.subjects = subjects;
    this.records = records;
    this.settings = settings;
    this.directory = directory;
    this.audit = audit;
    this.clock = clock;
  }

  @Override
  public Optional<ScoreView> byCreditCode(RegionCode region, String creditCode) {
    if (creditCode == null || !CreditCode.valid(creditCode.strip().toUpperCase())) {
      return Optional.empty();
    }
    return subjects.findByKey(region, "C:" + creditCode.strip().toUpperCase()).map(this::score);
  }

  @Override
  public ScoreView bySubject(RegionCode region, String subjectId) {
    return score(subjects.find(region, new SubjectId(subjectId == null ? "" : subjectId.strip()))
        .orElseThrow(() -> new NotFoundException("subjectId")));
  }

  /**
   * A subject's score is region-wide on purpose: its lines are the in-force records of every
   * department of the region (joint incentives and punishments need the whole picture), so an
   * officer sees other departments' lines — and every such read is audited in the reader's
   * department, like an office-wide read.
   */
  @Override
  public ScoreView forOfficer(Caller caller, String subjectId) {
    CreditAccess.officer(caller);
    ScoreView score = bySubject(caller.tenant().region(), subjectId);
    audited(caller, score);
    return score;
  }

  @Override
  public Optional<ScoreView> forOfficerByCode(Caller caller, String creditCode) {
    CreditAccess.officer(caller);
    Optional<ScoreView> score = byCreditCode(caller.tenant().region(), creditCode);
    score.ifPresent(s -> audited(caller, s));
    return score;
  }

  private void audited(Caller caller, ScoreView score) {
    audit.record(caller.tenant(), clock.instant(), caller.login().value(), "credit.score.read",
        "subject:" + score.subjectId(), "region-wide credit score");
  }

  private ScoreView score(CreditSubject subject) {
    var weights = settings.settings(subject.region()).weights();
    var score = CreditScoring.score(subject.id(), weights, records.inForce(subject.region(), subject.id()),
        CreditAccess.today(clock));
    return new CreditViewMapper(directory, clock.instant()).score(score, subject.identity().name());
  }
}
