package cn.ggzy.server.bench;

import cn.ggzy.server.domain.model.enforcement.CaseNumber;
import cn.ggzy.server.domain.model.enforcement.WeekdayCalendar;
import cn.ggzy.server.domain.service.WorkingCalendar;
import cn.ggzy.tenants.RegionCode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.bson.Document;
import org.bson.types.ObjectId;

/**
 * Generates the stored forms of many cases of 麻城's five departments from the templates: mostly
 * closed cases spread over five years, some open ones received in the last weeks (some of them
 * overdue), about twenty officers per department as assignees. Deterministic for a given seed.
 */
final class CaseGenerator {
  static final RegionCode REGION = RegionCode.of("421181");
  /** Department codes of 麻城 and their share of the cases (住建局 has the most). */
  static final String[] DEPARTMENTS = {"zjj", "jtj", "slj", "nyj", "jgb"};
  private static final int[] DEPARTMENT_WEIGHTS = {35, 20, 15, 15, 15};
  static final int OFFICERS_PER_DEPARTMENT = 20;
  private static final String[] OPEN_KINDS = {"REGISTERED", "ACCEPTED", "INVESTIGATING", "AWAITING_SUPPLEMENT",
      "DECISION_PENDING", "CLOSE_PENDING"};
  private static final int[] OPEN_WEIGHTS = {10, 15, 45, 10, 10, 10};
  private static final String[] PLACES = {"龙池桥街道", "鼓楼街道", "南湖街道", "中馆驿镇", "宋埠镇", "歧亭镇", "白果镇",
      "夫子河镇", "阎家河镇", "龟山镇", "盐田河镇", "张家畈镇", "木子店镇", "三河口镇", "黄土岗镇", "福田河镇", "乘马岗镇",
      "顺河镇"};
  private static final String[] WORKS = {"道路改造工程", "农村饮水安全工程", "高标准农田建设项目", "学校教学楼建设工程",
      "河道综合治理工程", "安置小区配套工程", "桥梁维修加固工程", "污水管网工程"};
  private static final String[] MATTERS = {"围标串标投诉", "评标不公投诉", "资格审查投诉", "弄虚作假举报", "违法分包举报"};
  private static final long DAY = Duration.ofDays(1).toMillis();
  private static final long HOUR = Duration.ofHours(1).toMillis();

  private final Map<String, Document> templates;
  private final double openShare;
  private final Instant now;
  private final SplittableRandom random;
  private final WorkingCalendar calendar = WeekdayCalendar.everyYear();
  private final Map<Integer, Long> sequences = new HashMap<>();
  private long open;

  CaseGenerator(Map<String, Document> templates, double openShare, Instant now, long seed) {
    this.templates = templates;
    this.openShare = openShare;
    this.now = now;
    this.random = new SplittableRandom(seed);
  }

  static String tenant(String department) {
    return REGION.value() + "-" + department;
  }

  static String officer(String department, int n) {
    return department + ".officer" + String.format("%02d", n);
  }

  /** How many of the cases generated so far are open. */
  long open() {
    return open;
  }

  List<Document> next(int count) {
    List<Document> batch = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      batch.add(next());
    }
    return batch;
  }

  private Document next() {
    boolean isOpen = random.nextDouble() < openShare;
    if (isOpen) {
      open++;
    }
    String kind = isOpen ? OPEN_KINDS[pick(OPEN_WEIGHTS)]
        : random.nextInt(100) < 60 ? "CLOSED_DISMISSED" : "CLOSED_PENALTY";
    Document template = templates.get(kind);
    Document d = new Document(template);
    String department = DEPARTMENTS[pick(DEPARTMENT_WEIGHTS)];
    String tenant = tenant(department);
    d.put("_id", new ObjectId().toHexString());
    d.put("tenantId", tenant);
    d.put("region", REGION.value());
    d.put("readers", List.of(tenant));

    long received = receivedAt(kind);
    int year = LocalDate.ofInstant(Instant.ofEpochMilli(received), WorkingCalendar.ZONE).getYear();
    long sequence = sequences.merge(year, 1L, Long::sum);
    d.put("number", CaseNumber.of("麻", year, sequence).value());
    d.put("title", PLACES[random.nextInt(PLACES.length)] + WORKS[random.nextInt(WORKS.length)]
        + (1 + random.nextInt(5)) + "标段" + MATTERS[random.nextInt(MATTERS.length)]);
    d.put("receivedAt", received);
    long acceptanceDue = endOfNthWorkingDay(received, 1);
    d.put("acceptanceDue", acceptanceDue);
    Long accepted = template.get("acceptedAt") == null ? null : received + HOUR + random.nextLong(20 * HOUR);
    Long completionDue = accepted == null || template.get("completionDue") == null ? null
        : endOfNthWorkingDay(accepted, 15);
    d.put("acceptedAt", accepted);
    d.put("acceptanceDecidedAt", accepted);
    d.put("acceptedOnTime", accepted == null ? null : accepted <= acceptanceDue);
    d.put("completionDue", completionDue);
    if (template.get("decidedAt") != null) {
      long decided = accepted + 5 * DAY + random.nextLong(20 * DAY);
      d.put("decidedAt", decided);
      d.put("completedOnTime", completionDue == null ? null : decided <= completionDue);
      d.put("deliveredAt", template.get("deliveredAt") == null ? null : decided + 2 * DAY);
      d.put("closedAt", template.get("closedAt") == null ? null : decided + 4 * DAY);
    }
    long templateDue = ((Number) template.get("dueSort")).longValue();
    d.put("dueSort", templateDue == Long.MAX_VALUE ? Long.MAX_VALUE
        : "REGISTERED".equals(kind) ? acceptanceDue : completionDue == null ? Long.MAX_VALUE : completionDue);
    if (template.get("assignee") != null) {
      int n = 1 + random.nextInt(OFFICERS_PER_DEPARTMENT);
      d.put("assignee", officer(department, n));
      d.put("assigneeName", "执法员" + String.format("%02d", n));
    }
    return d;
  }

  /** Open cases are recent (some past their deadline); closed ones spread over five years. */
  private long receivedAt(String kind) {
    long nowMillis = now.toEpochMilli();
    if ("REGISTERED".equals(kind)) {
      return nowMillis - random.nextLong(4 * DAY);
    }
    if (CaseTemplates.open(kind)) {
      double u = random.nextDouble();
      return nowMillis - DAY - (long) (u * u * 45 * DAY);
    }
    return nowMillis - 30 * DAY - random.nextLong(5 * 365 * DAY);
  }

  private long endOfNthWorkingDay(long start, int n) {
    LocalDate day = LocalDate.ofInstant(Instant.ofEpochMilli(start), WorkingCalendar.ZONE);
    return WorkingCalendar.endOf(calendar.nthWorkingDayAfter(REGION, day, n)).toInstant().toEpochMilli();
  }

  private int pick(int[] weights) {
    int total = 0;
    for (int w : weights) {
      total += w;
    }
    int r = random.nextInt(total);
    for (int i = 0; i < weights.length; i++) {
      r -= weights[i];
      if (r < 0) {
        return i;
      }
    }
    throw new IllegalStateException();
  }
}
