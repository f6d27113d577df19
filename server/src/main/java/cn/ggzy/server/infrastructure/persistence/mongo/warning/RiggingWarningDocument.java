package cn.ggzy.server.infrastructure.persistence.mongo.warning;

import cn.ggzy.server.domain.model.enforcement.Industry;
import cn.ggzy.server.domain.model.rigging.Art40Item;
import cn.ggzy.server.domain.model.rigging.RiskExplanation;
import cn.ggzy.server.domain.model.rigging.ScreenReading;
import cn.ggzy.server.domain.model.tender.SectionKey;
import cn.ggzy.server.domain.model.warning.Evidence;
import cn.ggzy.server.domain.model.warning.Passage;
import cn.ggzy.server.domain.model.warning.RiggingWarning;
import cn.ggzy.server.domain.model.warning.WarningStatus;
import cn.ggzy.tenants.TenantId;
import jakarta.nosql.Column;
import jakarta.nosql.Entity;
import jakarta.nosql.Id;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * Stored form of a {@link RiggingWarning}. Bidders and evidence are kept as lines of fields joined
 * by the unit separator (U+001F), which never occurs in imported text (it is replaced); an
 * evidence's passages are a sixth field, separated by U+001E.
 */
@Entity("rigging_warnings")
public class RiggingWarningDocument {
  /** The model of warnings stored before models were named: the shipped classifier of that time. */
  static final String LEGACY_MODEL = "xgboost-portable";
  private static final String SEP = "\u001f";
  private static final String REC = "\u001e";
  @Id String id;
  @Column String tenantId;
  @Column String region;
  @Column String projectCode;
  @Column String projectName;
  @Column String sectionCode;
  @Column String sectionName;
  @Column String industry;
  @Column List<String> bidders;
  @Column List<String> bidderCodes;
  @Column int score;
  @Column double probability;
  /** The risk model's name (older warnings: none, read as the model of that time). */
  @Column String riskModel;
  @Column Double riskValidation;
  /** Each screen's part: "screen value percentile contribution" (NaN where undefined). */
  @Column List<String> riskReadings;
  @Column List<String> evidence;
  @Column List<Integer> items;
  @Column String status;
  @Column String reason;
  @Column String decidedBy;
  @Column Long decidedAt;
  @Column String caseId;
  @Column String caseNumber;
  @Column long createdAt;
  @Column long updatedAt;
  @Column long version;

  public RiggingWarningDocument() {}

  static RiggingWarningDocument of(RiggingWarning warning, long version) {
    RiggingWarning.Data w = warning.data();
    RiggingWarning.Finding f = w.finding();
    RiggingWarningDocument d = new RiggingWarningDocument();
    d.id = w.id();
    d.tenantId = w.tenant().value();
    d.region = w.tenant().region().value();
    d.projectCode = f.section().projectCode();
    d.projectName = f.projectName();
    d.sectionCode = f.section().sectionCode();
    d.sectionName = f.sectionName();
    d.industry = f.industry().name();
    d.bidders = f.bidders().stream().map(b -> join(b.code(), b.name(), Double.toString(b.price()),
        Boolean.toString(b.winner()))).toList();
    d.bidderCodes = List.copyOf(warning.bidderCodes());
    d.score = f.score();
    d.probability = f.probability();
    d.riskModel = f.risk().model();
    d.riskValidation = Double.isNaN(f.risk().validation()) ? null : f.risk().validation();
    d.riskReadings = f.risk().readings().stream().map(r -> r.screen() + " " + r.value() + " " + r.percentile() + " "
        + r.contribution()).toList();
    d.evidence = f.evidence().stream().map(e -> join(e.kind().name(), e.item() == null ? "" : e.item().name(),
        e.code(), String.join(",", e.bidders()), e.detail(), passages(e.passages()))).toList();
    d.items = f.items().stream().map(Art40Item::number).toList();
    d.status = w.status().name();
    d.reason = w.reason();
    d.decidedBy = w.decidedBy();
    d.decidedAt = w.decidedAt() == null ? null : w.decidedAt().toEpochMilli();
    d.caseId = w.caseId();
    d.caseNumber = w.caseNumber();
    d.createdAt = w.createdAt().toEpochMilli();
    d.updatedAt = w.updatedAt().toEpochMilli();
    d.version = version;
    return d;
  }

  RiggingWarning toWarning() {
    List<RiggingWarning.Bidder> parsedBidders = (bidders == null ? List.<String>of() : bidders).stream().map(line -> {
      String[] p = line.split(SEP, -1);
      return new RiggingWarning.Bidder(p[0], p[1], Double.parseDouble(p[2]), Boolean.parseBoolean(p[3]));
    }).toList();
    List<Evidence> parsedEvidence = (evidence == null ? List.<String>of() : evidence).stream().map(line -> {
      String[] p = line.split(SEP, -1);
      return new Evidence(Evidence.Kind.valueOf(p[0]), p[1].isEmpty() ? null : Art40Item.valueOf(p[1]), p[2],
          p[3].isEmpty() ? List.of() : Arrays.asList(p[3].split(",")), p[4].isEmpty() ? null : p[4],
          p.length > 5 ? passages(p[5]) : List.of());
    }).toList();
    List<ScreenReading> readings = (riskReadings == null ? List.<String>of() : riskReadings).stream().map(line -> {
      String[] p = line.split(" ", -1);
      return new ScreenReading(p[0], Double.parseDouble(p[1]), Double.parseDouble(p[2]), Double.parseDouble(p[3]));
    }).toList();
    RiskExplanation risk = new RiskExplanation(riskModel == null ? LEGACY_MODEL : riskModel, probability,
        riskValidation == null ? Double.NaN : riskValidation, readings);
    RiggingWarning.Finding finding = new RiggingWarning.Finding(new SectionKey(projectCode, sectionCode),
        projectName, sectionName, Industry.valueOf(industry), parsedBidders, score, risk, parsedEvidence);
    return RiggingWarning.restore(new RiggingWarning.Data(id, TenantId.of(tenantId), finding,
        WarningStatus.valueOf(status), reason, decidedBy, decidedAt == null ? null : Instant.ofEpochMilli(decidedAt),
        caseId, caseNumber, Instant.ofEpochMilli(createdAt), Instant.ofEpochMilli(updatedAt), version));
  }

  /** Passages as "offsetA offsetB text" joined by the record separator (U+001E), also replaced in imported text. */
  private static String passages(List<Passage> passages) {
    return String.join(REC, passages.stream().map(p -> p.offsetA() + " " + p.offsetB() + " "
        + p.text().replace(REC, " ").replace(SEP, " ")).toList());
  }

  private static List<Passage> passages(String stored) {
    if (stored.isEmpty()) {
      return List.of();
    }
    return Arrays.stream(stored.split(REC, -1)).map(line -> {
      String[] p = line.split(" ", 3);
      return new Passage(p[2], Integer.parseInt(p[0]), Integer.parseInt(p[1]));
    }).toList();
  }

  private static String join(String... parts) {
    return String.join(SEP, Arrays.stream(parts).map(p -> p == null ? "" : p.replace(SEP, " ")).toList());
  }
}
