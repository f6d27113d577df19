package cn.ggzy.server.domain.model.project;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The checks of 应进必进、应招必招 on one project, judged by the threshold rule in force on its
 * approval date: contracts that must be tendered and were not by their planned date, tenders held
 * by another method or organisation form than approved, and contracts of one kind split below the
 * threshold (at least two below it, each at least {@link #NEAR} of it, together above it).
 */
public final class ProjectChecks {
  static final BigDecimal NEAR = new BigDecimal("0.5");
  private static final String ART_4 = "《中华人民共和国招标投标法》第四条（不得将必须招标的项目化整为零或者以其他任何方式规避招标）";
  private final Thresholds thresholds;

  public ProjectChecks(Thresholds thresholds) {
    this.thresholds = thresholds;
  }

  /** The alerts of the project; {@code inPlatform} is true when the platform holds bids of its tenders. */
  public List<ProjectAlert> check(ApprovedProject.Facts p, boolean inPlatform, LocalDate today) {
    Thresholds.Rule rule = thresholds.on(p.approvedOn());
    List<ProjectAlert> alerts = new ArrayList<>();
    boolean overTotal = rule.projectTotal().signum() > 0 && p.total().compareTo(rule.projectTotal()) >= 0;
    for (PlannedContract c : p.contracts()) {
      BigDecimal limit = rule.of(c.kind());
      boolean must = p.mandatory() && (c.estimate().compareTo(limit) >= 0 || overTotal);
      boolean tendered = inPlatform || p.tenders().stream()
          .anyMatch(t -> t.kind() == c.kind() && t.method() != TenderMethod.NONE);
      if (must && !tendered && p.plannedTenderDate() != null && today.isAfter(p.plannedTenderDate())) {
        alerts.add(new ProjectAlert("NOT_TENDERED:" + c.kind() + ":" + c.name(), ProjectAlert.Kind.NOT_TENDERED,
            "合同“" + c.name() + "”估算价" + yuan(c.estimate()) + "，达到必须招标标准（" + yuan(limit)
                + (overTotal ? "，或项目总投资达到" + yuan(rule.projectTotal()) : "") + "），计划招标日期" + p.plannedTenderDate()
                + "已过，平台中没有其招标记录。",
            "Contract \"" + c.name() + "\" estimated at " + yuan(c.estimate()) + " must be tendered (threshold "
                + yuan(limit) + "); its planned tender date " + p.plannedTenderDate()
                + " has passed and the platform holds no tender of it.",
            rule.source() + "；《中华人民共和国招标投标法》第三条、第四十九条"));
      }
    }
    for (RecordedTender t : p.tenders()) {
      if (t.method() == TenderMethod.NONE && p.mandatory()) {
        alerts.add(methodAlert(t, "已记录为不招标（直接发包）", "recorded as not tendered (direct award)"));
      } else if (p.method() == TenderMethod.OPEN && t.method() == TenderMethod.INVITED) {
        alerts.add(methodAlert(t, "核准为公开招标，实际为邀请招标", "approved for open tender, invited instead"));
      }
      if (p.organisation() != null && t.organisation() != null && t.organisation() != p.organisation()) {
        alerts.add(new ProjectAlert("ORGANISATION_DIFFERS:" + t.sectionCode(), ProjectAlert.Kind.ORGANISATION_DIFFERS,
            "标段“" + t.sectionName() + "”的招标组织形式为" + form(t.organisation()) + "，与核准的" + form(p.organisation())
                + "不一致。",
            "Section \"" + t.sectionName() + "\" was organised " + t.organisation().name().toLowerCase(Locale.ROOT)
                + ", the approval says " + p.organisation().name().toLowerCase(Locale.ROOT) + ".",
            "《中华人民共和国招标投标法实施条例》第七条、第六十四条"));
      }
    }
    alerts.addAll(splits(p, rule));
    return alerts;
  }

  private static ProjectAlert methodAlert(RecordedTender t, String zh, String en) {
    return new ProjectAlert("METHOD_DIFFERS:" + t.sectionCode(), ProjectAlert.Kind.METHOD_DIFFERS,
        "标段“" + t.sectionName() + "”（估算价" + yuan(t.estimate()) + "）" + zh + "。",
        "Section \"" + t.sectionName() + "\" (" + yuan(t.estimate()) + ") was " + en + ".",
        "《中华人民共和国招标投标法实施条例》第七条、第八条、第六十四条；《中华人民共和国招标投标法》第十一条");
  }

  private List<ProjectAlert> splits(ApprovedProject.Facts p, Thresholds.Rule rule) {
    Map<String, BigDecimal> byName = new LinkedHashMap<>();
    Map<String, ContractKind> kinds = new LinkedHashMap<>();
    for (PlannedContract c : p.contracts()) {
      byName.put(c.kind() + ":" + c.name(), c.estimate());
      kinds.put(c.kind() + ":" + c.name(), c.kind());
    }
    for (RecordedTender t : p.tenders()) {
      if (t.estimate() != null) {
        byName.putIfAbsent(t.kind() + ":" + t.sectionName(), t.estimate());
        kinds.putIfAbsent(t.kind() + ":" + t.sectionName(), t.kind());
      }
    }
    List<ProjectAlert> out = new ArrayList<>();
    for (ContractKind kind : ContractKind.values()) {
      BigDecimal limit = rule.of(kind);
      List<String> parts = new ArrayList<>();
      BigDecimal sum = BigDecimal.ZERO;
      for (Map.Entry<String, BigDecimal> e : byName.entrySet()) {
        BigDecimal v = e.getValue();
        if (kinds.get(e.getKey()) == kind && v.compareTo(limit) < 0 && v.compareTo(limit.multiply(NEAR)) >= 0) {
          parts.add(e.getKey().substring(e.getKey().indexOf(':') + 1) + " " + yuan(v));
          sum = sum.add(v);
        }
      }
      if (p.mandatory() && parts.size() >= 2 && sum.compareTo(limit) >= 0) {
        out.add(new ProjectAlert("SPLIT:" + kind, ProjectAlert.Kind.SPLIT,
            parts.size() + "个" + kindZh(kind) + "合同均略低于必须招标标准" + yuan(limit) + "，合计" + yuan(sum) + "：" 
                + String.join("；", parts) + "。",
            parts.size() + " " + kind.name().toLowerCase(Locale.ROOT) + " contracts each just below the threshold of " + yuan(limit)
                + ", together " + yuan(sum) + ": " + String.join("; ", parts) + ".",
            ART_4 + "；" + rule.source()));
      }
    }
    return out;
  }

  private static String kindZh(ContractKind kind) {
    return switch (kind) {
      case CONSTRUCTION -> "施工";
      case GOODS -> "货物";
      case SERVICES -> "服务";
    };
  }

  private static String form(Organisation o) {
    return o == Organisation.SELF ? "自行招标" : "委托招标";
  }

  static String yuan(BigDecimal v) {
    if (v == null) {
      return "—";
    }
    return v.divide(BigDecimal.valueOf(10_000), 2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + "万元";
  }
}
