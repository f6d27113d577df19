package cn.ggzy.server.application.internal.agency;

import cn.ggzy.server.application.internal.Pages;
import cn.ggzy.server.domain.model.agency.Agency;
import cn.ggzy.server.domain.model.agency.IndicatorSource;
import cn.ggzy.server.domain.model.credit.CreditRecord;
import cn.ggzy.server.domain.model.credit.CreditRecordRepository;
import cn.ggzy.server.domain.model.credit.SubjectRepository;
import cn.ggzy.server.domain.model.enforcement.CaseId;
import cn.ggzy.server.domain.model.enforcement.CaseRepository;
import cn.ggzy.server.domain.model.enforcement.DecisionKind;
import cn.ggzy.server.domain.model.enforcement.EnforcementCase;
import cn.ggzy.server.domain.model.review.DocumentReview;
import cn.ggzy.server.domain.model.review.DocumentReviewRepository;
import cn.ggzy.server.domain.model.review.Rectification;
import cn.ggzy.server.domain.model.review.ReviewFinding;
import cn.ggzy.server.domain.model.warning.RiggingWarning;
import cn.ggzy.server.domain.model.warning.WarningRepository;
import cn.ggzy.server.domain.model.warning.WarningStatus;
import cn.ggzy.server.domain.service.WorkingCalendar;
import cn.ggzy.tenants.OfficeScope;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the platform knows of an agency's projects in a period, item by item with a line of evidence
 * each: read through the office's scope from the cases, the document reviews, the warnings and the
 * credit records. The reviews and warnings of the region are read once per computation and shared by
 * every agency.
 */
final class AssessmentInputs {
  static final int MAX_READ = 50_000;
  private final CaseRepository cases;
  private final List<DocumentReview> reviews;
  private final List<RiggingWarning> warnings;
  private final CreditRecordRepository records;
  private final SubjectRepository subjects;
  private final OfficeScope scope;
  private final LocalDate today;

  AssessmentInputs(CaseRepository cases, DocumentReviewRepository reviews, WarningRepository warnings,
      CreditRecordRepository records, SubjectRepository subjects, OfficeScope scope, LocalDate today) {
    this.cases = cases;
    this.reviews = Pages.all((offset, limit) -> reviews.list(scope, offset, limit), 200, MAX_READ);
    this.warnings = Pages.all((offset, limit) -> warnings.list(scope,
        new WarningRepository.Filter(null, null, null, offset, limit)), 200, MAX_READ);
    this.records = records;
    this.subjects = subjects;
    this.scope = scope;
    this.today = today;
  }

  private static boolean within(Instant at, LocalDate from, LocalDate to) {
    if (at == null) {
      return false;
    }
    LocalDate day = LocalDate.ofInstant(at, WorkingCalendar.ZONE);
    return !day.isBefore(from) && !day.isAfter(to);
  }

  private static boolean within(LocalDate day, LocalDate from, LocalDate to) {
    return day != null && !day.isBefore(from) && !day.isAfter(to);
  }

  /** The evidence of each counted source for one agency and period: one line per item. */
  Map<IndicatorSource, List<String>> of(Agency agency, LocalDate from, LocalDate to) {
    Set<String> codes = new HashSet<>();
    agency.projects().forEach(p -> codes.add(p.projectCode()));
    Map<IndicatorSource, List<String>> out = new EnumMap<>(IndicatorSource.class);
    for (IndicatorSource s : IndicatorSource.values()) {
      out.put(s, new ArrayList<>());
    }
    for (CaseId id : cases.aboutProjects(scope, codes, 5_000)) {
      EnforcementCase c = cases.find(scope, id).orElse(null);
      if (c == null || c.state().decision() == null || c.state().decidedAt() == null) {
        continue;
      }
      DecisionKind kind = c.state().decision().kind();
      if (kind != DecisionKind.DISMISSED && within(c.state().decidedAt(), from, to)) {
        out.get(IndicatorSource.FOUNDED_CASES).add("案件 " + c.number().value() + "（" + c.registration().projectCode()
            + "）：" + (kind == DecisionKind.ADMINISTRATIVE_PENALTY ? "行政处罚" : "查实并责令改正") + "，"
            + LocalDate.ofInstant(c.state().decidedAt(), WorkingCalendar.ZONE));
      }
    }
    for (DocumentReview r : reviews) {
      boolean ours = codes.contains(r.project().projectCode())
          || (r.project().agency() != null && r.project().agency().strip().equals(agency.name()));
      if (!ours) {
        continue;
      }
      for (ReviewFinding f : r.findings()) {
        if (f.state() == ReviewFinding.State.CONFIRMED && within(f.decidedAt(), from, to)) {
          out.get(IndicatorSource.REVIEW_FINDINGS).add("招标文件审查 " + r.id() + " 第" + f.number() + "项："
              + f.title().zh());
        }
      }
      Rectification n = r.rectification();
      if (n != null && within(n.dueDate(), from, to)) {
        boolean late = n.answeredAt() == null ? today.isAfter(n.dueDate())
            : LocalDate.ofInstant(n.answeredAt(), WorkingCalendar.ZONE).isAfter(n.dueDate());
        if (late) {
          out.get(IndicatorSource.LATE_RECTIFICATIONS).add("整改通知 " + n.noticeNumber() + "：应于" + n.dueDate()
              + "前整改，" + (n.answeredAt() == null ? "至今未整改" : "逾期整改"));
        }
      }
    }
    for (RiggingWarning w : warnings) {
      var d = w.data();
      if (codes.contains(d.finding().section().projectCode()) && within(d.createdAt(), from, to)
          && d.status() != WarningStatus.DISMISSED) {
        out.get(IndicatorSource.RIGGING_WARNINGS).add("预警 " + d.finding().projectName() + " "
            + d.finding().sectionName() + "（" + (d.status() == WarningStatus.CASE_OPENED ? "已立案" : "待核查") + "）");
      }
    }
    subjects.findByKey(scope.region(), "C:" + agency.creditCode()).ifPresent(subject -> {
      for (CreditRecord r : records.inForce(scope.region(), subject.id())) {
        if (r.kind().negative() && within(r.decidedOn(), from, to)) {
          out.get(IndicatorSource.NEGATIVE_CREDIT).add("信用记录 " + r.id().value() + "：" + r.data().summary()
              + "（" + r.decidedOn() + "）");
        }
      }
    });
    return out;
  }
}
