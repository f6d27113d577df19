package cn.ggzy.server.application.internal.rigging;

import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.Messages;
import cn.ggzy.server.application.RiggingJobs;
import cn.ggzy.server.application.RiggingModels;
import cn.ggzy.server.application.TenantDirectory;
import cn.ggzy.server.domain.model.AccessDeniedException;
import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.NotFoundException;
import cn.ggzy.server.domain.model.StateConflictException;
import cn.ggzy.server.domain.model.audit.AuditLog;
import cn.ggzy.server.domain.model.enforcement.CaseDecided;
import cn.ggzy.server.domain.model.enforcement.DecisionKind;
import cn.ggzy.server.domain.model.rigging.LabelSource;
import cn.ggzy.server.domain.model.rigging.RegionModel;
import cn.ggzy.server.domain.model.rigging.RegionModelStatus;
import cn.ggzy.server.domain.model.rigging.RiggingLearningRepository;
import cn.ggzy.server.domain.model.rigging.RiskExplanation;
import cn.ggzy.server.domain.model.rigging.TenderBids;
import cn.ggzy.server.domain.model.rigging.TenderLabel;
import cn.ggzy.server.domain.model.tender.SectionKey;
import cn.ggzy.server.domain.model.tender.TenderBidRepository;
import cn.ggzy.server.domain.model.warning.RiggingWarning;
import cn.ggzy.server.domain.model.warning.WarningRepository;
import cn.ggzy.server.domain.service.RiskLearning;
import cn.ggzy.tenants.Department;
import cn.ggzy.tenants.Region;
import cn.ggzy.tenants.RegionCode;
import cn.ggzy.tenants.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Labels from the city's decisions, the region's model trained on them, and scoring with it. A
 * dismissed warning labels its section clean; a case opened from a warning labels it rigged when
 * decided as a violation and clean when decided unfounded; an officer may label a section directly.
 * Training (in the background when the labels changed, or on the office's demand) is audited,
 * versioned per region and reproducible from the labels and seed stored with each run. The newest
 * run decides: the region model scores the region's tenders only while its latest training beat the
 * screen index; the office can roll back to an earlier run or to the index.
 */
@ApplicationScoped
public class RiggingLearning implements RiggingModels, RiggingJobs {
  private static final Logger LOG = Logger.getLogger(RiggingLearning.class.getName());
  /** How many of a department's bids a region market reads. */
  static final int MARKET_BIDS = SectionScreening.HISTORY_BIDS;
  static final int LABELS_SHOWN = 200;
  static final int MAX_REASON = 500;
  static final String WARNING_ORIGIN = "warning:";
  /** The name of the default model (the screen index). */
  static final String INDEX = "screen-index-1";
  private RiggingLearningRepository repository;
  private RiskLearning learning;
  private TenderBidRepository bids;
  private WarningRepository warnings;
  private TenantDirectory directory;
  private AuditLog audit;
  private Clock clock;

  protected RiggingLearning() {}

  @Inject
  public RiggingLearning(RiggingLearningRepository repository, RiskLearning learning, TenderBidRepository bids,
      WarningRepository warnings, TenantDirectory directory, AuditLog audit, Clock clock) {
    this.repository = repository;
    this.learning = learning;
    this.bids = bids;
    this.warnings = warnings;
    this.directory = directory;
    this.audit = audit;
    this.clock = clock;
  }

  /** The warning was dismissed: its section is clean. */
  public void dismissed(RiggingWarning warning, String by, Instant at) {
    store(new TenderLabel(warning.tenantId(), warning.data().finding().section(), false,
        LabelSource.WARNING_DISMISSED, warning.id(), warning.data().reason(), by, at), by);
  }

  /** A case opened from a warning was decided: a violation labels the section rigged, a dismissal clean. */
  void onCaseDecided(@Observes CaseDecided decided) {
    try {
      fromCase(decided);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "No label from case " + decided.caseNumber() + "; an officer may label the section", e);
    }
  }

  /** The label a decided case gives its warning's section, if it came from a warning. */
  public Optional<TenderLabel> fromCase(CaseDecided decided) {
    String origin = decided.originReference();
    if (origin == null || !origin.startsWith(WARNING_ORIGIN)) {
      return Optional.empty();
    }
    String warningId = origin.substring(WARNING_ORIGIN.length());
    Optional<RiggingWarning> warning = warnings.find(decided.owner().region(), warningId);
    if (warning.isEmpty()) {
      return Optional.empty();
    }
    boolean rigged = decided.kind() != DecisionKind.DISMISSED;
    TenderLabel label = new TenderLabel(warning.get().tenantId(), warning.get().data().finding().section(), rigged,
        rigged ? LabelSource.CASE_VIOLATION : LabelSource.CASE_UNFOUNDED, decided.caseNumber().value(),
        decided.kind().name(), "platform", decided.decidedAt());
    store(label, "platform");
    return Optional.of(label);
  }

  private void store(TenderLabel label, String by) {
    repository.storeLabel(label.department(), label);
    audit.record(label.department(), label.at(), by, "rigging.label." + (label.rigged() ? "RIGGED" : "CLEAN"),
        label.tenderKey(), label.source().name());
  }

  @Override
  public LabelView label(Caller caller, LabelRequest request) {
    RiggingAccess.reviewer(caller, "rigging.label");
    if (request == null || request.projectCode() == null || request.projectCode().isBlank()) {
      throw new DomainException("rigging.label.section.required", "projectCode");
    }
    if (request.sectionCode() == null || request.sectionCode().isBlank()) {
      throw new DomainException("rigging.label.section.required", "sectionCode");
    }
    if (request.rigged() == null) {
      throw new DomainException("rigging.label.rigged.required", "rigged");
    }
    String reason = request.reason() == null ? "" : request.reason().strip();
    if (reason.isEmpty()) {
      throw new DomainException("rigging.label.reason.required", "reason");
    }
    if (reason.length() > MAX_REASON) {
      throw new DomainException("rigging.label.reason.tooLong", "reason");
    }
    SectionKey section = new SectionKey(request.projectCode().strip(), request.sectionCode().strip());
    if (bids.section(caller.tenant(), section).isEmpty()) {
      throw new NotFoundException("sectionCode");
    }
    TenderLabel label = new TenderLabel(caller.tenant(), section, request.rigged(), LabelSource.OFFICER, null, reason,
        caller.login().value(), clock.instant());
    store(label, caller.login().value());
    return view(label);
  }

  @Override
  public Overview overview(Caller caller) {
    RiggingAccess.reviewer(caller, "rigging.models");
    RegionCode region = caller.tenant().region();
    boolean office = RiggingAccess.office(caller, directory);
    List<TenderLabel> labels = repository.labels(region);
    int rigged = (int) labels.stream().filter(TenderLabel::rigged).count();
    List<RegionModel> models = repository.models(region);
    Optional<RegionModel> active = models.stream().filter(m -> m.status() == RegionModelStatus.ACTIVE).findFirst();
    String inUse = active.map(RegionModel::name).orElse(INDEX);
    String key = active.isPresent() ? "rigging.model.region" : "rigging.model." + INDEX;
    List<LabelView> shown = new ArrayList<>();
    for (int i = labels.size() - 1; i >= 0 && shown.size() < LABELS_SHOWN; i--) {
      TenderLabel l = labels.get(i);
      if (office || l.department().equals(caller.tenant())) {
        shown.add(view(l));
      }
    }
    return new Overview(region.value(), inUse, Messages.chinese(key), Messages.english(key), rigged,
        labels.size() - rigged, learning.minimumPerClass(), models.stream().map(RiggingLearning::view).toList(), shown);
  }

  @Override
  public ModelView train(Caller caller) {
    officeOnly(caller, "rigging.models.train");
    RegionCode region = caller.tenant().region();
    return trainRegion(region, caller.login().value(), false).map(RiggingLearning::view)
        .orElseThrow(() -> new StateConflictException("rigging.models.tooFewLabels", "labels"));
  }

  @Override
  public Overview rollback(Caller caller, Integer version) {
    officeOnly(caller, "rigging.models.rollback");
    RegionCode region = caller.tenant().region();
    List<RegionModel> models = repository.models(region);
    Optional<RegionModel> target = Optional.empty();
    if (version != null) {
      target = models.stream().filter(m -> m.version() == version).findFirst();
      if (target.isEmpty()) {
        throw new NotFoundException("version");
      }
      if (!target.get().beatsIndex()) {
        throw new StateConflictException("rigging.models.rollback.notBetter", "version");
      }
    }
    Instant at = clock.instant();
    for (RegionModel m : models) {
      if (m.status() == RegionModelStatus.ACTIVE && (target.isEmpty() || m.version() != target.get().version())) {
        repository.storeModel(region, m.withStatus(RegionModelStatus.ROLLED_BACK));
      }
    }
    target.ifPresent(m -> repository.storeModel(region, m.withStatus(RegionModelStatus.ACTIVE)));
    audit.record(caller.tenant(), at, caller.login().value(), "rigging.models.ROLLBACK",
        target.map(RegionModel::name).orElse(INDEX), null);
    return overview(caller);
  }

  @Override
  public int trainWhereLabelsChanged() {
    int runs = 0;
    for (Region region : directory.regions()) {
      if (trainRegion(region.code(), "platform", true).isPresent()) {
        runs++;
      }
    }
    return runs;
  }

  /**
   * One training of the region on its labels; empty when a class has too few labels, or (when
   * {@code onlyWhenChanged}) the labels are those of the latest run.
   */
  Optional<RegionModel> trainRegion(RegionCode region, String actor, boolean onlyWhenChanged) {
    List<TenderLabel> labels = repository.labels(region);
    List<String> snapshot = labels.stream().map(l -> l.tenderKey() + "|" + (l.rigged() ? 1 : 0)).sorted().toList();
    List<RegionModel> models = repository.models(region);
    if (onlyWhenChanged && !models.isEmpty() && models.get(0).labels().equals(snapshot)) {
      return Optional.empty();
    }
    long labelledRigged = labels.stream().filter(TenderLabel::rigged).count();
    if (labelledRigged < learning.minimumPerClass() || labels.size() - labelledRigged < learning.minimumPerClass()) {
      return Optional.empty();
    }
    Market market = market(region);
    int[] y = market.labels(snapshot);
    int positives = (int) Arrays.stream(y).filter(v -> v == 1).count();
    int negatives = (int) Arrays.stream(y).filter(v -> v == 0).count();
    if (positives < learning.minimumPerClass() || negatives < learning.minimumPerClass()) {
      return Optional.empty();
    }
    int version = models.isEmpty() ? 1 : models.get(0).version() + 1;
    long seed = seed(region, version);
    RiskLearning.Training t = learning.train(market.tenders(), y, seed);
    Instant at = clock.instant();
    RegionModel run = new RegionModel(region, version, at, actor, seed, t.positives(), t.negatives(), t.candidateAuc(),
        t.indexAuc(), t.bidderInputs(), t.weights(), snapshot,
        t.beatsIndex() ? RegionModelStatus.ACTIVE : RegionModelStatus.NOT_BETTER);
    if (!repository.addModel(region, run)) {
      // another node (or the office's "train now") stored this version first: that run stands
      return repository.models(region).stream().filter(m -> m.version() == version).findFirst();
    }
    for (RegionModel m : models) {
      if (m.status() == RegionModelStatus.ACTIVE) {
        repository.storeModel(region, m.withStatus(RegionModelStatus.SUPERSEDED));
      }
    }
    TenantId office = directory.region(region).map(Region::office).map(Department::id)
        .orElseThrow(() -> new NotFoundException("region"));
    audit.record(office, at, actor, "rigging.models.TRAIN", run.name(), null, null,
        String.format(Locale.ROOT, "status=%s;rigged=%d;clean=%d;model=%.3f;index=%.3f;seed=%d", run.status(),
            run.positives(), run.negatives(), run.candidateAuc(), run.indexAuc(), seed));
    return Optional.of(run);
  }

  /** The seed of a region's run: the same region and version give the same folds. */
  static long seed(RegionCode region, int version) {
    return Long.parseLong(region.value()) * 1_000L + version;
  }

  /** True while a region model (not the screen index) scores the region's tenders. */
  public boolean inUse(RegionCode region) {
    return repository.active(region).isPresent();
  }

  /**
   * A scorer of the region's sections by its model in use, reading the region's market once; empty
   * when the screen index scores the region.
   */
  Optional<Scorer> scorer(RegionCode region) {
    return repository.active(region).map(model -> new Scorer(model, market(region)));
  }

  /** Scores sections of a region with its model, against the region's market read once. */
  final class Scorer {
    private final RegionModel model;
    private final Market market;
    private final int[] labels;

    Scorer(RegionModel model, Market market) {
      this.model = model;
      this.market = market;
      this.labels = market.labels(model.labels());
    }

    /** The section's explanation by the region model; empty when the section is not in the market. */
    Optional<RiskExplanation> explain(TenantId department, SectionKey section) {
      Integer row = market.index().get(TenderLabel.keyOf(department, section));
      if (row == null) {
        return Optional.empty();
      }
      return Optional.of(learning.explain(market.tenders(), labels, model, List.of(row)).get(0));
    }
  }

  /** The region's tenders (every department's sections), named by department and section. */
  record Market(List<TenderBids> tenders, Map<String, Integer> index) {
    int[] labels(List<String> snapshot) {
      int[] y = new int[tenders.size()];
      Arrays.fill(y, -1);
      for (String line : snapshot) {
        int cut = line.lastIndexOf('|');
        Integer row = index.get(line.substring(0, cut));
        if (row != null) {
          y[row] = Integer.parseInt(line.substring(cut + 1));
        }
      }
      return y;
    }
  }

  Market market(RegionCode region) {
    List<TenderBids> tenders = new ArrayList<>();
    Map<String, Integer> index = new HashMap<>();
    for (Department d : directory.region(region).map(Region::departments).orElse(List.of())) {
      for (TenderBids t : Markets.history(bids, d.id(), MARKET_BIDS)) {
        String key = d.id().value() + "|" + t.tender();
        index.put(key, tenders.size());
        tenders.add(new TenderBids(key, t.prices(), t.bidders(), t.winner()));
      }
    }
    return new Market(tenders, index);
  }

  private void officeOnly(Caller caller, String action) {
    RiggingAccess.reviewer(caller, action);
    if (!RiggingAccess.office(caller, directory)) {
      throw new AccessDeniedException(action);
    }
  }

  private static LabelView view(TenderLabel l) {
    String key = "rigging.label.source." + l.source().name();
    return new LabelView(l.department().value(), l.section().projectCode(), l.section().sectionCode(), l.rigged(),
        l.source().name(), Messages.chinese(key), Messages.english(key), l.reference(), l.reason(), l.by(), l.at());
  }

  private static ModelView view(RegionModel m) {
    String key = "rigging.models.status." + m.status().name();
    return new ModelView(m.name(), m.version(), m.trainedAt(), m.trainedBy(), m.positives(), m.negatives(),
        Double.isNaN(m.candidateAuc()) ? null : m.candidateAuc(), Double.isNaN(m.indexAuc()) ? null : m.indexAuc(),
        m.status().name(), Messages.chinese(key), Messages.english(key), m.seed());
  }
}
