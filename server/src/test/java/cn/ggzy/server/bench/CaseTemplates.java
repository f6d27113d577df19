package cn.ggzy.server.bench;

import cn.ggzy.server.domain.model.account.Role;
import cn.ggzy.server.domain.model.calendar.DeadlineSettings;
import cn.ggzy.server.domain.model.enforcement.Actor;
import cn.ggzy.server.domain.model.enforcement.CaseId;
import cn.ggzy.server.domain.model.enforcement.CaseNumber;
import cn.ggzy.server.domain.model.enforcement.CaseSource;
import cn.ggzy.server.domain.model.enforcement.CaseStatus;
import cn.ggzy.server.domain.model.enforcement.Decision;
import cn.ggzy.server.domain.model.enforcement.DecisionKind;
import cn.ggzy.server.domain.model.enforcement.EnforcementCase;
import cn.ggzy.server.domain.model.enforcement.Industry;
import cn.ggzy.server.domain.model.enforcement.Registration;
import cn.ggzy.server.domain.model.enforcement.WeekdayCalendar;
import cn.ggzy.server.domain.service.WorkingCalendar;
import cn.ggzy.server.infrastructure.persistence.mongo.enforcement.StoredForms;
import cn.ggzy.tenants.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.eclipse.jnosql.mapping.semistructured.EntityConverter;

/**
 * One real case per kind, driven through the domain's own methods (so timeline, approvals,
 * decision and deadlines are what production stores) and mapped to its stored form once by the
 * production mapping; the generator copies these and varies the fields that differ between cases.
 */
final class CaseTemplates {
  static final TenantId OWNER = TenantId.of("421181-zjj");
  private static final WorkingCalendar CALENDAR = WeekdayCalendar.everyYear();
  private static final Instant RECEIVED = LocalDateTime.parse("2026-03-02T09:00")
      .atZone(ZoneId.of("Asia/Shanghai")).toInstant();
  private static final Actor REGISTRAR = new Actor("chen.office", "陈干事", TenantId.of("421181-jgb"),
      Set.of(Role.OFFICE_OFFICER), true);
  private static final Actor HEAD = new Actor("wang.head", "王科长", OWNER, Set.of(Role.DEPARTMENT_HEAD), false);
  private static final Actor OFFICER = new Actor("zjj.officer01", "执法员01", OWNER,
      Set.of(Role.DEPARTMENT_OFFICER), false);

  /** The stored forms by name: the open statuses, and two kinds of closed case. */
  static Map<String, Document> build(EntityConverter converter) {
    Map<String, Document> t = new LinkedHashMap<>();
    t.put("REGISTERED", doc(registered(), converter));
    t.put("ACCEPTED", doc(accepted(), converter));
    t.put("INVESTIGATING", doc(investigating(), converter));
    EnforcementCase supplement = investigating();
    supplement.requestSupplement(OFFICER, at(3), "请补充提交投标文件制作机器码比对材料");
    t.put("AWAITING_SUPPLEMENT", doc(supplement, converter));
    t.put("DECISION_PENDING", doc(decisionPending(dismissal()), converter));
    EnforcementCase closePending = decided(dismissal());
    closePending.deliver(OFFICER, at(10), "已直接送达投诉人和被投诉人");
    closePending.proposeClose(OFFICER, at(11), "处理决定已送达，申请结案");
    t.put("CLOSE_PENDING", doc(closePending, converter));
    t.put("CLOSED_DISMISSED", doc(closed(dismissal()), converter));
    t.put("CLOSED_PENALTY", doc(closed(new Decision(DecisionKind.ADMINISTRATIVE_PENALTY,
        "经查，某某建设有限公司与其他投标人串通投标，依法处以罚款并取消其一年内参加依法必须进行招标的项目的投标资格。",
        120_000L, false, 1, false)), converter));
    for (Map.Entry<String, Document> e : t.entrySet()) {
      String status = e.getValue().getString("status");
      if (!e.getKey().startsWith(status)) {
        throw new IllegalStateException("template " + e.getKey() + " is in status " + status);
      }
    }
    return t;
  }

  static boolean open(String template) {
    return !template.startsWith(CaseStatus.CLOSED.name());
  }

  private static Document doc(EnforcementCase c, EntityConverter converter) {
    return StoredForms.caseDocument(c, converter);
  }

  private static Instant at(int days) {
    return RECEIVED.plus(Duration.ofDays(days)).plusSeconds(3600);
  }

  private static EnforcementCase registered() {
    return EnforcementCase.register(new CaseId("0123456789abcdef01234567"), CaseNumber.of("麻", 2026, 1), OWNER,
        new Registration(CaseSource.COMPLAINT, Industry.HOUSING_CONSTRUCTION, "麻城市某某道路工程第一标段围标串标投诉",
            "投诉人称第一标段多家投标人的投标文件由同一台电脑编制，投标报价呈规律性差异，请求查处。",
            "MC2026-001", "麻城市某某道路改造工程", "某某建设有限公司", "TS2026000001"),
        REGISTRAR, RECEIVED, DeadlineSettings.MACHENG, CALENDAR);
  }

  private static EnforcementCase accepted() {
    EnforcementCase c = registered();
    c.accept(HEAD, at(0), CALENDAR);
    return c;
  }

  private static EnforcementCase investigating() {
    EnforcementCase c = accepted();
    c.assign(HEAD, at(1), OFFICER.login(), OFFICER.name(), OWNER);
    c.startInvestigation(OFFICER, at(1));
    return c;
  }

  private static Decision dismissal() {
    return new Decision(DecisionKind.DISMISSED, "经查，投诉事项缺乏事实根据，依法驳回投诉。", null, false, null, false);
  }

  private static EnforcementCase decisionPending(Decision decision) {
    EnforcementCase c = investigating();
    c.proposeDecision(OFFICER, at(7), decision);
    return c;
  }

  private static EnforcementCase decided(Decision decision) {
    EnforcementCase c = decisionPending(decision);
    c.approveDecision(HEAD, at(8), "同意");
    return c;
  }

  private static EnforcementCase closed(Decision decision) {
    EnforcementCase c = decided(decision);
    c.deliver(OFFICER, at(10), "已直接送达投诉人和被投诉人");
    c.proposeClose(OFFICER, at(11), "处理决定已送达，申请结案");
    c.approveClose(HEAD, at(12), "同意结案");
    return c;
  }
}
