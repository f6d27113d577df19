package cn.ggzy.server.application.internal.expert;

import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.ExpertSigns;
import cn.ggzy.server.application.OfficeScopes;
import cn.ggzy.server.application.Permission;
import cn.ggzy.server.application.TenantDirectory;
import cn.ggzy.server.domain.model.AccessDeniedException;
import cn.ggzy.server.domain.model.expert.ExpertSign;
import cn.ggzy.server.domain.model.expert.ScoreSigns;
import cn.ggzy.server.domain.model.tender.EvaluationScoreRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

@ApplicationScoped
public class DefaultExpertSigns implements ExpertSigns {
  private EvaluationScoreRepository scores;
  private OfficeScopes scopes;
  private TenantDirectory directory;

  protected DefaultExpertSigns() {}

  @Inject
  public DefaultExpertSigns(EvaluationScoreRepository scores, OfficeScopes scopes, TenantDirectory directory) {
    this.scores = scores;
    this.scopes = scopes;
    this.directory = directory;
  }

  @Override
  public boolean mayReview(Caller caller) {
    return caller.may(Permission.REVIEW_WARNINGS) && directory.department(caller.tenant()).isPresent();
  }

  @Override
  public List<ExpertSign> signs(Caller caller) {
    if (!mayReview(caller)) {
      throw new AccessDeniedException("expertSigns");
    }
    boolean office = caller.may(Permission.OFFICE_WORK)
        && directory.department(caller.tenant()).map(d -> d.isOffice()).orElse(false);
    return ScoreSigns.find(office ? scores.all(scopes.open(caller, "expert signs")) : scores.all(caller.tenant()));
  }
}
