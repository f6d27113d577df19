package cn.ggzy.server.application.internal.warning;

import cn.ggzy.server.application.Messages;
import cn.ggzy.server.application.RiggingWarnings.BasisView;
import cn.ggzy.server.application.RiggingWarnings.BidderView;
import cn.ggzy.server.application.RiggingWarnings.Detail;
import cn.ggzy.server.application.RiggingWarnings.EvidenceView;
import cn.ggzy.server.application.RiggingWarnings.PassageView;
import cn.ggzy.server.application.RiggingWarnings.RiskView;
import cn.ggzy.server.application.RiggingWarnings.ScreenView;
import cn.ggzy.server.application.RiggingWarnings.Summary;
import cn.ggzy.server.application.TenantDirectory;
import cn.ggzy.server.domain.model.rigging.Art40Item;
import cn.ggzy.server.domain.model.rigging.RiskExplanation;
import cn.ggzy.server.domain.model.warning.RiggingWarning;
import cn.ggzy.server.domain.model.warning.SectionEvidence;
import cn.ggzy.tenants.Department;
import java.util.ArrayList;
import java.util.List;

/** Maps warnings to views, with the evidence and the legal basis in Chinese and English. */
public final class WarningViews {
  private final TenantDirectory directory;

  public WarningViews(TenantDirectory directory) {
    this.directory = directory;
  }

  public Summary summary(RiggingWarning w) {
    RiggingWarning.Data d = w.data();
    RiggingWarning.Finding f = d.finding();
    return new Summary(d.id(), d.tenant().value(), f.section().projectCode(), f.projectName(),
        f.section().sectionCode(), f.sectionName(), f.score(), d.status().name(),
        f.items().stream().map(Art40Item::number).toList(), f.bidders().size(), d.updatedAt());
  }

  public Detail detail(RiggingWarning w) {
    RiggingWarning.Data d = w.data();
    RiggingWarning.Finding f = d.finding();
    return new Detail(d.id(), d.tenant().value(),
        directory.department(d.tenant()).map(Department::nameZh).orElse(d.tenant().value()),
        f.section().projectCode(), f.projectName(), f.section().sectionCode(), f.sectionName(),
        f.industry().name(), f.score(), f.probability(), risk(f.risk()), d.status().name(),
        f.bidders().stream().map(b -> new BidderView(b.code(), b.name(), b.price(), b.winner())).toList(),
        f.evidence().stream().map(e -> new EvidenceView(e.kind().name(), Messages.chinese(e.code()),
            Messages.english(e.code()), e.item() == null ? null : e.item().number(), e.bidders(), e.detail(),
            e.passages().stream().map(p -> new PassageView(p.text(), p.offsetA(), p.offsetB())).toList()))
            .toList(),
        basis(f),
        Messages.chinese("rigging.notice"), Messages.english("rigging.notice"), d.reason(), d.decidedBy(),
        d.decidedAt(), d.caseId(), d.caseNumber(), d.createdAt(), d.updatedAt(), d.version());
  }

  static RiskView risk(RiskExplanation risk) {
    String key = "rigging.model." + (risk.model().startsWith("region-") ? "region" : risk.model());
    return new RiskView(risk.model(), Messages.chinese(key), Messages.english(key),
        Double.isNaN(risk.validation()) ? null : risk.validation(),
        risk.readings().stream().map(r -> new ScreenView(r.screen(), Messages.chinese("rigging.screen." + r.screen()),
            Messages.english("rigging.screen." + r.screen()), r.defined() ? r.value() : null,
            r.defined() ? r.percentile() : null, r.contribution())).toList());
  }

  /** The art. 40 items proven, in the law's order, then art. 49 when an expert's scoring is evidence. */
  static List<BasisView> basis(RiggingWarning.Finding f) {
    List<BasisView> basis = new ArrayList<>(f.items().stream().map(i -> new BasisView(i.number(),
        Messages.chinese(i.legalBasis()), Messages.english(i.legalBasis()))).toList());
    if (f.evaluationEvidence()) {
      basis.add(new BasisView(0, Messages.chinese(SectionEvidence.EVALUATION_BASIS),
          Messages.english(SectionEvidence.EVALUATION_BASIS), 49));
    }
    return basis;
  }
}
