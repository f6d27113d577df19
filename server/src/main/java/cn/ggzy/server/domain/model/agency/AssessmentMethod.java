package cn.ggzy.server.domain.model.agency;

import cn.ggzy.tenants.RegionCode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The region's published assessment method (考核办法): indicators with their weights (the points they
 * carry; together 100) and, for counted ones, the points deducted per item; the grades by lowest
 * score; the working days to appeal a published result; the grade that restricts an agency and for how
 * many months.
 */
public record AssessmentMethod(RegionCode region, List<Indicator> indicators, List<Grade> grades,
    int appealWorkingDays, String restrictingGrade, int restrictionMonths, long version) {
  public AssessmentMethod {
    indicators = List.copyOf(indicators);
    grades = List.copyOf(grades);
  }

  /** One indicator: a code, its names, its source, its weight and the deduction per counted item. */
  public record Indicator(String code, String nameZh, String nameEn, IndicatorSource source, int weight,
      BigDecimal perItem) {
    /** A counted indicator's points for {@code count} items: the weight less the deductions, never below 0 (one decimal). */
    public BigDecimal points(int count) {
      BigDecimal kept = BigDecimal.valueOf(weight).subtract(perItem.multiply(BigDecimal.valueOf(count)));
      return kept.max(BigDecimal.ZERO).setScale(1, RoundingMode.HALF_UP);
    }
  }

  /** A grade and the lowest total that reaches it. */
  public record Grade(String grade, int minimum) {}

  /** The method a region starts with until its office publishes its own (the weights sum to 100). */
  public static AssessmentMethod standard(RegionCode region) {
    return new AssessmentMethod(region, List.of(
        new Indicator("CASES", "投诉举报查实及行政处罚", "Founded complaints and penalties", IndicatorSource.FOUNDED_CASES,
            30, new BigDecimal("10")),
        new Indicator("REVIEW", "招标文件审查问题", "Tender-document review findings", IndicatorSource.REVIEW_FINDINGS, 20,
            new BigDecimal("2")),
        new Indicator("RECTIFY", "整改逾期", "Late rectifications", IndicatorSource.LATE_RECTIFICATIONS, 10,
            new BigDecimal("5")),
        new Indicator("RIGGING", "围串标预警", "Bid-rigging warnings", IndicatorSource.RIGGING_WARNINGS, 15,
            new BigDecimal("5")),
        new Indicator("CREDIT", "不良信用记录", "Negative credit records", IndicatorSource.NEGATIVE_CREDIT, 10,
            new BigDecimal("5")),
        new Indicator("ONSITE", "现场考核（档案、人员、收费）", "On-site assessment (files, staff, fees)",
            IndicatorSource.ON_SITE, 15, BigDecimal.ZERO)),
        List.of(new Grade("A", 90), new Grade("B", 75), new Grade("C", 60), new Grade("D", 0)), 5, "D", 6, 0);
  }

  /** What is wrong with the method, as field codes; empty when it can be published. */
  public List<String> problems() {
    List<String> out = new ArrayList<>();
    Set<String> codes = new HashSet<>();
    int total = 0;
    for (Indicator i : indicators) {
      if (i.code() == null || !i.code().matches("[A-Z][A-Z0-9_]{0,19}") || !codes.add(i.code())) {
        out.add("indicators.code");
      }
      if (i.nameZh() == null || i.nameZh().isBlank() || i.nameZh().length() > 60) {
        out.add("indicators.nameZh");
      }
      if (i.weight() < 1 || i.weight() > 100) {
        out.add("indicators.weight");
      }
      if (i.source() == null) {
        out.add("indicators.source");
      } else if (i.source().counted() && (i.perItem() == null || i.perItem().signum() <= 0
          || i.perItem().compareTo(BigDecimal.valueOf(i.weight())) > 0)) {
        out.add("indicators.perItem");
      }
      total += i.weight();
    }
    if (indicators.isEmpty() || indicators.size() > 20 || total != 100) {
      out.add("indicators");
    }
    int last = Integer.MAX_VALUE;
    Set<String> names = new HashSet<>();
    for (Grade g : grades) {
      if (g.grade() == null || !g.grade().matches("[A-Z][A-Z+-]?") || !names.add(g.grade()) || g.minimum() >= last
          || g.minimum() < 0 || g.minimum() > 100) {
        out.add("grades");
      }
      last = g.minimum();
    }
    if (grades.isEmpty() || grades.get(grades.size() - 1).minimum() != 0) {
      out.add("grades");
    }
    if (appealWorkingDays < 1 || appealWorkingDays > 30) {
      out.add("appealWorkingDays");
    }
    if (restrictingGrade != null && !restrictingGrade.isEmpty() && !names.contains(restrictingGrade)) {
      out.add("restrictingGrade");
    }
    if (restrictionMonths < 0 || restrictionMonths > 36) {
      out.add("restrictionMonths");
    }
    return out.stream().distinct().toList();
  }

  /** The grade of a total: the first whose minimum it reaches (grades from the best down). */
  public String grade(BigDecimal total) {
    for (Grade g : grades) {
      if (total.compareTo(BigDecimal.valueOf(g.minimum())) >= 0) {
        return g.grade();
      }
    }
    return grades.get(grades.size() - 1).grade();
  }
}
