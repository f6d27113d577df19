package cn.ggzy.server.application.internal.exchange;

import cn.ggzy.server.application.internal.Pages;
import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.credit.BlacklistEntry;
import cn.ggzy.server.domain.model.credit.BlacklistRepository;
import cn.ggzy.server.domain.model.credit.CreditRecord;
import cn.ggzy.server.domain.model.credit.CreditRecordRepository;
import cn.ggzy.server.domain.model.credit.Measure;
import cn.ggzy.server.domain.model.credit.RecordKind;
import cn.ggzy.server.domain.model.credit.RecordStatus;
import cn.ggzy.server.domain.model.credit.RedListEntry;
import cn.ggzy.server.domain.model.credit.RedListRepository;
import cn.ggzy.server.domain.model.credit.RedListStatus;
import cn.ggzy.server.domain.model.credit.SubjectIdentity;
import cn.ggzy.server.domain.model.credit.SubjectRepository;
import cn.ggzy.server.domain.model.enforcement.CaseRepository;
import cn.ggzy.server.domain.model.enforcement.CaseSource;
import cn.ggzy.server.domain.model.enforcement.CaseSummary;
import cn.ggzy.server.domain.model.enforcement.InboxQuery;
import cn.ggzy.server.domain.model.project.ApprovedProject;
import cn.ggzy.server.domain.model.project.PlannedContract;
import cn.ggzy.server.domain.model.project.ProjectRepository;
import cn.ggzy.server.domain.model.project.RecordedTender;
import cn.ggzy.server.domain.model.tender.TenderBid;
import cn.ggzy.server.domain.model.tender.TenderBidRepository;
import cn.ggzy.server.domain.model.warning.RiggingWarning;
import cn.ggzy.server.domain.model.warning.WarningRepository;
import cn.ggzy.server.domain.service.WorkingCalendar;
import cn.ggzy.tenants.RegionCode;
import cn.ggzy.tenants.TenantId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * Our data of a period in the national format's data items: the exchanged tender data (projects,
 * sections, bidders, results, subjects) and what the supervision adds — complaints and reports,
 * bid-rigging warnings as 项目报警, black-list entries with their removal, red-list entries (awards)
 * and performance records. A complainant's or reporter's identity is never exported; an ID number
 * only masked.
 */
final class NationalExport {
  static final String COMPLAINT = "COMPLAINT";
  static final String PROJECT_ALARM = "PROJECT_ALARM";
  static final String BLACK_LIST = "BLACK_LIST";
  static final String CREDIT_AWARD = "CREDIT_AWARD";
  static final String PERFORMANCE = "PERFORMANCE";
  static final int MAX_RECORDS = 200_000;
  private static final int PAGE = 200;
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  record Sources(ProjectRepository projects, TenderBidRepository bids, SubjectRepository subjects,
      CaseRepository cases, WarningRepository warnings, BlacklistRepository blacklist, RedListRepository redList,
      CreditRecordRepository records) {}

  private final Sources s;
  private final LocalDate from;
  private final LocalDate to;
  private final Map<String, List<Map<String, String>>> sets = new LinkedHashMap<>();
  private final Set<String> bidders = new TreeSet<>();
  private final Map<String, SubjectIdentity> named = new LinkedHashMap<>();
  private int total;

  NationalExport(Sources sources, LocalDate from, LocalDate to) {
    this.s = sources;
    this.from = from;
    this.to = to;
    for (String set : List.of(NationalImport.SUBJECT, NationalImport.TENDER_PROJECT, NationalImport.BID_SECTION,
        NationalImport.TENDER_LIST, NationalImport.WIN_RESULT, COMPLAINT, PROJECT_ALARM, BLACK_LIST, CREDIT_AWARD,
        PERFORMANCE)) {
      sets.put(set, new ArrayList<>());
    }
  }

  Map<String, List<Map<String, String>>> sets() {
    return sets;
  }

  /**
   * The SUBJECT records of the subjects the other records name (bidders registered as credit subjects,
   * listed and rated subjects): the export never lists the region's subjects beyond what it covers.
   */
  NationalExport subjects(RegionCode region) {
    for (String code : bidders) {
      s.subjects().findByKey(region, "C:" + code).ifPresent(c -> named.putIfAbsent(c.identity().key(),
          c.identity()));
    }
    named.values().stream().sorted(Comparator.comparing(SubjectIdentity::key)).forEach(id ->
        add(NationalImport.SUBJECT, rec("SUBJECT_ROLE", ExchangeCodes.code(ExchangeCodes.SUBJECT_ROLE, id.kind()), "SUBJECT_NAME",
            id.name(), "SUBJECT_CODE_TYPE", id.kind().naturalPerson() ? ExchangeCodes.RESIDENT_ID : ExchangeCodes.CREDIT_CODE,
            "SUBJECT_CODE", id.publicIdentifier(), "REGION_CODE", region.value())));
    return this;
  }

  NationalExport department(TenantId tenant) {
    String region = tenant.region().value();
    for (ApprovedProject p : pages((o, l) -> s.projects().list(tenant, o, l))) {
      if (!within(p.importedAt())) {
        continue;
      }
      ApprovedProject.Facts f = p.facts();
      for (PlannedContract c : f.contracts()) {
        add(NationalImport.TENDER_PROJECT, rec("PROJECT_CODE", f.approvalNumber(), "TENDER_PROJECT_CODE",
            f.projectCode(), "TENDER_PROJECT_NAME", f.projectName(), "TENDERER_NAME", f.employer(), "APPROVE_DATE",
            date(f.approvedOn()), "TENDER_MODE", ExchangeCodes.code(ExchangeCodes.TENDER_MODE, f.method()), "TENDER_ORGANIZE_FORM",
            ExchangeCodes.code(ExchangeCodes.ORGANIZE_FORM, f.organisation()), "IS_TO_LAW", f.mandatory() ? "1" : "0",
            "PLAN_TENDER_DATE", date(f.plannedTenderDate()), "CONTRACT_KIND", ExchangeCodes.code(ExchangeCodes.CONTRACT_KIND, c.kind()),
            "CONTRACT_NAME", c.name(), "CONTRACT_RECKON_PRICE", amount(c.estimate()), "REGION_CODE", region,
            "DATA_TIMESTAMP", time(p.importedAt())));
      }
      for (RecordedTender t : f.tenders()) {
        add(NationalImport.BID_SECTION, rec("TENDER_PROJECT_CODE", f.projectCode(), "BID_SECTION_CODE",
            t.sectionCode(), "BID_SECTION_NAME", t.sectionName(), "CONTRACT_KIND",
            ExchangeCodes.code(ExchangeCodes.CONTRACT_KIND, t.kind()), "TENDER_MODE", ExchangeCodes.code(ExchangeCodes.TENDER_MODE, t.method()),
            "TENDER_ORGANIZE_FORM", ExchangeCodes.code(ExchangeCodes.ORGANIZE_FORM, t.organisation()), "NOTICE_SEND_TIME",
            date(t.announcedOn()), "CONTRACT_RECKON_PRICE", amount(t.estimate()), "DATA_TIMESTAMP",
            time(p.importedAt())));
      }
    }
    for (TenderBid b : pages((o, l) -> s.bids().page(tenant, o, l))) {
      if (!within(b.importedAt())) {
        continue;
      }
      var t = b.trace();
      bidders.add(b.bidderCode());
      add(NationalImport.TENDER_LIST, rec("TENDER_PROJECT_CODE", b.projectCode(), "TENDER_PROJECT_NAME",
          b.projectName(), "TENDER_PROJECT_TYPE", ExchangeCodes.PROJECT_TYPE_OUT.get(b.industry()), "BID_SECTION_CODE",
          b.sectionCode(), "BID_SECTION_NAME", b.sectionName(), "BIDDER_NAME", b.bidderName(), "BIDDER_CODE_TYPE",
          ExchangeCodes.CREDIT_CODE, "BIDDER_ORG_CODE", b.bidderCode(), "BID_PRICE", amount(BigDecimal.valueOf(b.price())),
          "PRICE_CURRENCY", "CNY", "PRICE_UNIT", "元", "BID_SUBMIT_TIME", time(b.submittedAt()), "BID_MANAGER",
          t.projectManager(), "MACHINE_CODE", t.machineCode(), "MAC_ADDRESS", t.macAddress(), "CPU_SERIAL",
          t.cpuSerial(), "DISK_SERIAL", t.diskSerial(), "UPLOADER_IP", t.uploaderIp(), "CA_CERTIFICATE",
          t.caCertificate(), "BOND_ACCOUNT", t.bondAccount(), "AUTHORISED_AGENT", t.authorisedAgent(),
          "DATA_TIMESTAMP", time(b.importedAt())));
      if (b.winner()) {
        add(NationalImport.WIN_RESULT, rec("TENDER_PROJECT_CODE", b.projectCode(), "BID_SECTION_CODE",
            b.sectionCode(), "WIN_BIDDER_NAME", b.bidderName(), "WIN_BIDDER_CODE", b.bidderCode(), "WIN_BID_PRICE",
            amount(BigDecimal.valueOf(b.price())), "DATA_TIMESTAMP", time(b.importedAt())));
      }
    }
    for (CaseSource source : List.of(CaseSource.COMPLAINT, CaseSource.REPORT)) {
      for (CaseSummary c : pages((o, l) -> s.cases().inbox(new InboxQuery(tenant, null, null, Set.of(), source,
          null, false, null, null, o, l)))) {
        if (!within(c.receivedAt())) {
          continue;
        }
        add(COMPLAINT, rec("COMPLAINT_CODE", c.number() == null ? c.id().value() : c.number().value(),
            "COMPLAINT_TYPE", source == CaseSource.COMPLAINT ? "1" : "2", "COMPLAINT_TITLE", c.title(),
            "RECEIVE_TIME", time(c.receivedAt()), "ACCEPT_TIME", time(c.acceptedAt()), "DECIDE_TIME",
            time(c.decidedAt()), "DEAL_STATUS", c.status().name(), "ACCEPTED_ON_TIME", yes(c.acceptedOnTime()),
            "COMPLETED_ON_TIME", yes(c.completedOnTime()), "SUPERVISE_DEPT_CODE", tenant.value(), "REGION_CODE",
            region));
      }
    }
    for (RiggingWarning w : pages((o, l) -> s.warnings().list(tenant,
        new WarningRepository.Filter(null, null, null, o, l)))) {
      RiggingWarning.Data d = w.data();
      if (!within(d.createdAt()) && !within(d.updatedAt())) {
        continue;
      }
      var f = d.finding();
      add(PROJECT_ALARM, rec("ALARM_CODE", d.id(), "TENDER_PROJECT_CODE", f.section().projectCode(),
          "BID_SECTION_CODE", f.section().sectionCode(), "TENDER_PROJECT_NAME", f.projectName(), "ALARM_TYPE",
          "围标串标", "ALARM_SCORE", Integer.toString(f.score()), "ALARM_ITEMS",
          f.items().stream().map(Enum::name).sorted().collect(Collectors.joining(";")), "BIDDER_ORG_CODES",
          f.bidders().stream().map(RiggingWarning.Bidder::code).collect(Collectors.joining(";")), "ALARM_TIME",
          time(d.createdAt()), "ALARM_STATUS", d.status().name(), "HANDLE_RESULT", d.reason(), "CASE_CODE",
          d.caseNumber(), "SUPERVISE_DEPT_CODE", tenant.value(), "REGION_CODE", region));
    }
    for (BlacklistEntry e : pages((o, l) -> s.blacklist().page(tenant, o, l))) {
      BlacklistEntry.Data d = e.data();
      if (!within(d.listedAt()) && (d.removedOn() == null || !within(d.removedOn()))) {
        continue;
      }
      named.putIfAbsent(d.subject().key(), d.subject());
      add(BLACK_LIST, rec("BLACK_LIST_CODE", d.id().value(), "SUBJECT_NAME", d.subject().name(), "SUBJECT_CODE_TYPE",
          d.subject().kind().naturalPerson() ? ExchangeCodes.RESIDENT_ID : ExchangeCodes.CREDIT_CODE, "SUBJECT_CODE",
          d.subject().publicIdentifier(), "LIST_CLASS", d.listClass().name(), "REASON", d.reason(), "LEGAL_BASIS",
          d.legalBasis(), "MEASURES", d.measures().stream().map(Measure::name).sorted()
              .collect(Collectors.joining(";")), "START_DATE", date(d.period().start()), "END_DATE",
          date(d.period().end()), "REMOVE_DATE", date(d.removedOn()), "CASE_CODE", d.caseNumber(), "DECIDE_TIME",
          time(d.listedAt()), "SUPERVISE_DEPT_CODE", tenant.value(), "REGION_CODE", region));
    }
    for (RedListEntry e : pages((o, l) -> s.redList().page(tenant, RedListStatus.CONFIRMED, o, l))) {
      RedListEntry.Data d = e.data();
      if (!within(d.decidedAt()) && (d.endedOn() == null || !within(d.endedOn()))) {
        continue;
      }
      named.putIfAbsent(d.subject().key(), d.subject());
      add(CREDIT_AWARD, rec("AWARD_CODE", d.id().value(), "SUBJECT_NAME", d.subject().name(), "SUBJECT_CODE_TYPE",
          d.subject().kind().naturalPerson() ? ExchangeCodes.RESIDENT_ID : ExchangeCodes.CREDIT_CODE, "SUBJECT_CODE",
          d.subject().publicIdentifier(), "AWARD_TYPE", "守信激励名单", "CREDIT_SCORE",
          d.score() == null ? null : d.score().toPlainString(), "START_DATE",
          d.period() == null ? null : date(d.period().start()), "END_DATE",
          d.period() == null ? null : date(d.period().end()), "REMOVE_DATE", date(d.endedOn()), "DECIDE_TIME",
          time(d.decidedAt()), "SUPERVISE_DEPT_CODE", tenant.value(), "REGION_CODE", region));
    }
    for (CreditRecord r : pages((o, l) -> s.records().page(tenant, RecordStatus.IN_FORCE, o, l))) {
      CreditRecord.Data d = r.data();
      if (d.kind() != RecordKind.GOOD_PERFORMANCE && d.kind() != RecordKind.POOR_PERFORMANCE
          || d.decidedOn() == null || !within(d.decidedOn())) {
        continue;
      }
      named.putIfAbsent(d.identity().key(), d.identity());
      add(PERFORMANCE, rec("PERFORMANCE_CODE", d.id().value(), "SUBJECT_NAME", d.subjectName(),
          "SUBJECT_CODE_TYPE", d.identity().kind().naturalPerson() ? ExchangeCodes.RESIDENT_ID : ExchangeCodes.CREDIT_CODE,
          "SUBJECT_CODE", d.identity().publicIdentifier(), "PERFORMANCE_RESULT",
          d.kind() == RecordKind.GOOD_PERFORMANCE ? "1" : "2", "PERFORMANCE_DESC", d.summary(), "DECIDE_DATE",
          date(d.decidedOn()), "CASE_CODE", d.caseNumber(), "SUPERVISE_DEPT_CODE", tenant.value(), "REGION_CODE",
          region));
    }
    return this;
  }

  private boolean within(Instant at) {
    return at != null && within(LocalDate.ofInstant(at, WorkingCalendar.ZONE));
  }

  private boolean within(LocalDate day) {
    return !day.isBefore(from) && !day.isAfter(to);
  }

  private void add(String set, Map<String, String> rec) {
    if (++total > MAX_RECORDS) {
      throw new DomainException("exchange.export.tooMany", "to");
    }
    sets.get(set).add(rec);
  }

  private static <T> List<T> pages(BiFunction<Integer, Integer, List<T>> page) {
    return Pages.all(page, PAGE, MAX_RECORDS);
  }


  private static Map<String, String> rec(String... pairs) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      if (pairs[i + 1] != null && !pairs[i + 1].isEmpty()) {
        m.put(pairs[i], pairs[i + 1]);
      }
    }
    return m;
  }

  static String time(Instant at) {
    return at == null ? null : LocalDateTime.ofInstant(at, WorkingCalendar.ZONE).format(TIME);
  }

  private static String date(LocalDate d) {
    return d == null ? null : d.toString();
  }

  private static String amount(BigDecimal a) {
    return a == null ? null : a.setScale(2, RoundingMode.HALF_UP).toPlainString();
  }

  private static String yes(Boolean b) {
    return b == null ? null : b ? "1" : "0";
  }
}
