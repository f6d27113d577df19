package cn.ggzy.server.application.internal.exchange;

import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.DataExchange.Refusal;
import cn.ggzy.server.application.DataExchange.SetReport;
import cn.ggzy.server.application.Messages;
import cn.ggzy.server.application.ProjectRegister;
import cn.ggzy.server.application.ProjectRegister.ImportResult;
import cn.ggzy.server.application.TenderImports;
import cn.ggzy.server.application.TenderImports.ImportReport;
import cn.ggzy.server.application.internal.CsvText;
import cn.ggzy.server.application.internal.exchange.ExchangeFiles.Batch;
import cn.ggzy.server.application.internal.exchange.ExchangeFiles.Rec;
import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.credit.ResidentId;
import cn.ggzy.server.domain.model.credit.SubjectIdentity;
import cn.ggzy.server.domain.model.credit.SubjectKind;
import cn.ggzy.server.domain.model.credit.SubjectRepository;
import cn.ggzy.server.domain.model.enforcement.Industry;
import cn.ggzy.server.domain.model.tender.BidRow;
import cn.ggzy.server.domain.model.tender.SectionKey;
import cn.ggzy.server.domain.model.tender.TenderBid;
import cn.ggzy.server.domain.model.tender.TenderBidRepository;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One national-format batch taken into the caller's department: subjects into the region's credit
 * subjects, tender projects into the project register (approved projects), sections into its recorded
 * tenders, bidders and results into the tender imports (screened for bid rigging at once). Every
 * record ends imported or refused with the data item at fault.
 */
final class NationalImport {
  static final String SUBJECT = "SUBJECT";
  static final String TENDER_PROJECT = "TENDER_PROJECT";
  static final String BID_SECTION = "BID_SECTION";
  static final String TENDER_LIST = "TENDER_LIST";
  static final String WIN_RESULT = "WIN_RESULT";
  /** The data sets an import takes, in the order they are taken. */
  static final List<String> IMPORTED = List.of(SUBJECT, TENDER_PROJECT, BID_SECTION, TENDER_LIST, WIN_RESULT);

  /** Our field names → the data items of the national format, to name the item at fault. */
  static final Map<String, String> BID_ITEMS = Map.ofEntries(Map.entry("projectCode", "TENDER_PROJECT_CODE"),
      Map.entry("projectName", "TENDER_PROJECT_NAME"), Map.entry("sectionCode", "BID_SECTION_CODE"),
      Map.entry("sectionName", "BID_SECTION_NAME"), Map.entry("industry", "TENDER_PROJECT_TYPE"),
      Map.entry("bidderCode", "BIDDER_ORG_CODE"), Map.entry("bidderName", "BIDDER_NAME"),
      Map.entry("price", "BID_PRICE"), Map.entry("submittedAt", "BID_SUBMIT_TIME"),
      Map.entry("machineCode", "MACHINE_CODE"), Map.entry("macAddress", "MAC_ADDRESS"),
      Map.entry("cpuSerial", "CPU_SERIAL"), Map.entry("diskSerial", "DISK_SERIAL"),
      Map.entry("uploaderIp", "UPLOADER_IP"), Map.entry("caCertificate", "CA_CERTIFICATE"),
      Map.entry("bondAccount", "BOND_ACCOUNT"), Map.entry("authorisedAgent", "AUTHORISED_AGENT"),
      Map.entry("projectManager", "BID_MANAGER"), Map.entry("winner", "IS_WIN"));
  static final Map<String, String> PROJECT_ITEMS = Map.ofEntries(Map.entry("approvalNumber", "PROJECT_CODE"),
      Map.entry("projectCode", "TENDER_PROJECT_CODE"), Map.entry("projectName", "TENDER_PROJECT_NAME"),
      Map.entry("employer", "TENDERER_NAME"), Map.entry("approvedOn", "APPROVE_DATE"),
      Map.entry("method", "TENDER_MODE"), Map.entry("organisation", "TENDER_ORGANIZE_FORM"),
      Map.entry("mandatory", "IS_TO_LAW"), Map.entry("plannedTenderDate", "PLAN_TENDER_DATE"),
      Map.entry("contractKind", "CONTRACT_KIND"), Map.entry("contractName", "CONTRACT_NAME"),
      Map.entry("contractEstimate", "CONTRACT_RECKON_PRICE"), Map.entry("sectionCode", "BID_SECTION_CODE"),
      Map.entry("sectionName", "BID_SECTION_NAME"), Map.entry("announcedOn", "NOTICE_SEND_TIME"),
      Map.entry("estimate", "CONTRACT_RECKON_PRICE"));
  private static final List<String> APPROVALS = List.of("approvalNumber", "projectCode", "projectName", "employer",
      "approvedOn", "method", "organisation", "mandatory", "plannedTenderDate", "contractKind", "contractName",
      "contractEstimate");
  private static final List<String> TENDERS = List.of("projectCode", "sectionCode", "sectionName", "contractKind",
      "method", "organisation", "announcedOn", "estimate");
  private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
  /** The project register takes at most this many lines of each kind at once. */
  static final int MAX_REGISTER_RECORDS = ProjectRegister.MAX_LINES;

  private final Caller caller;
  private final ProjectRegister register;
  private final TenderImports imports;
  private final TenderBidRepository bids;
  private final SubjectRepository subjects;
  private final Map<String, int[]> counts = new LinkedHashMap<>();
  private final List<Refusal> refused = new ArrayList<>();
  private final Set<String> warnings = new LinkedHashSet<>();

  NationalImport(Caller caller, ProjectRegister register, TenderImports imports, TenderBidRepository bids,
      SubjectRepository subjects) {
    this.caller = caller;
    this.register = register;
    this.imports = imports;
    this.bids = bids;
    this.subjects = subjects;
  }

  List<SetReport> sets() {
    return counts.entrySet().stream().map(e -> new SetReport(e.getKey(), e.getValue()[0], e.getValue()[1],
        e.getValue()[0] - e.getValue()[1])).toList();
  }

  List<Refusal> refused() {
    return refused;
  }

  List<String> warnings() {
    return List.copyOf(warnings);
  }

  void run(Batch batch) {
    for (String set : List.of(TENDER_PROJECT, BID_SECTION)) {
      if (batch.sets().getOrDefault(set, List.of()).size() > MAX_REGISTER_RECORDS) {
        throw new DomainException("exchange.registerTooMany", "file");
      }
    }
    Map<String, List<Rec>> readable = new HashMap<>();
    for (Map.Entry<String, List<Rec>> set : batch.sets().entrySet()) {
      String name = set.getKey();
      counts.put(name, new int[] {set.getValue().size(), 0});
      List<Rec> ok = new ArrayList<>();
      for (Rec r : set.getValue()) {
        if (!IMPORTED.contains(name)) {
          refuse(name, r, "exchange.dataSet.unknown", name);
        } else if (r.errorCode() != null) {
          refuse(name, r, r.errorCode(), r.errorItem());
        } else {
          ok.add(r);
        }
      }
      readable.put(name, ok);
    }
    subjects(readable.getOrDefault(SUBJECT, List.of()));
    projects(readable.getOrDefault(TENDER_PROJECT, List.of()));
    sections(readable.getOrDefault(BID_SECTION, List.of()), readable.getOrDefault(TENDER_PROJECT, List.of()));
    bidders(readable.getOrDefault(TENDER_LIST, List.of()), readable.getOrDefault(WIN_RESULT, List.of()),
        readable.getOrDefault(TENDER_PROJECT, List.of()), readable.getOrDefault(BID_SECTION, List.of()));
  }

  private void subjects(List<Rec> recs) {
    for (Rec r : recs) {
      try {
        SubjectKind kind = ExchangeCodes.read(ExchangeCodes.SUBJECT_ROLE, r.item("SUBJECT_ROLE"), "SUBJECT_ROLE")
            .orElseThrow(() -> new DomainException("exchange.required", "SUBJECT_ROLE"));
        String type = Optional.ofNullable(r.item("SUBJECT_CODE_TYPE"))
            .orElse(kind.naturalPerson() ? ExchangeCodes.RESIDENT_ID : ExchangeCodes.CREDIT_CODE);
        if (!type.equals(kind.naturalPerson() ? ExchangeCodes.RESIDENT_ID : ExchangeCodes.CREDIT_CODE)) {
          throw new DomainException("exchange.code", "SUBJECT_CODE_TYPE");
        }
        region(r);
        String code = required(r, "SUBJECT_CODE");
        SubjectIdentity identity;
        try {
          identity = SubjectIdentity.of(kind, r.item("SUBJECT_NAME"), kind.naturalPerson() ? null : code,
              kind.naturalPerson() ? code : null);
        } catch (DomainException e) {
          throw new DomainException(e.code(), "subjectName".equals(e.field()) ? "SUBJECT_NAME" : "SUBJECT_CODE");
        }
        subjects.register(caller.tenant().region(), identity);
        taken(SUBJECT);
      } catch (DomainException e) {
        refuse(SUBJECT, r, e.code(), e.field());
      }
    }
  }

  private void projects(List<Rec> recs) {
    List<Rec> passed = new ArrayList<>();
    List<List<String>> rows = new ArrayList<>();
    for (Rec r : recs) {
      try {
        region(r);
        rows.add(List.of(required(r, "PROJECT_CODE"), required(r, "TENDER_PROJECT_CODE"),
            required(r, "TENDER_PROJECT_NAME"), required(r, "TENDERER_NAME"), date(r, "APPROVE_DATE", true),
            ExchangeCodes.read(ExchangeCodes.TENDER_MODE, required(r, "TENDER_MODE"), "TENDER_MODE").orElseThrow().name(),
            ExchangeCodes.read(ExchangeCodes.ORGANIZE_FORM, r.item("TENDER_ORGANIZE_FORM"), "TENDER_ORGANIZE_FORM").map(Enum::name)
                .orElse(""),
            ExchangeCodes.read(ExchangeCodes.YES_NO, required(r, "IS_TO_LAW"), "IS_TO_LAW").orElseThrow() ? "1" : "0",
            date(r, "PLAN_TENDER_DATE", false),
            ExchangeCodes.read(ExchangeCodes.CONTRACT_KIND, required(r, "CONTRACT_KIND"), "CONTRACT_KIND").orElseThrow().name(),
            Optional.ofNullable(r.item("CONTRACT_NAME")).orElse(r.item("TENDER_PROJECT_NAME")),
            amount(r, "CONTRACT_RECKON_PRICE", true)));
        projectType(r);
        passed.add(r);
      } catch (DomainException e) {
        refuse(TENDER_PROJECT, r, e.code(), e.field());
      }
    }
    taken(TENDER_PROJECT, passed, rows.isEmpty() ? null
        : register.importApprovals(caller, CsvText.write(APPROVALS, rows)));
  }

  private void sections(List<Rec> recs, List<Rec> projects) {
    Map<String, Rec> projectOf = byProject(projects);
    List<Rec> passed = new ArrayList<>();
    List<List<String>> rows = new ArrayList<>();
    for (Rec r : recs) {
      try {
        String project = required(r, "TENDER_PROJECT_CODE");
        Rec p = projectOf.get(project);
        String mode = Optional.ofNullable(r.item("TENDER_MODE")).orElse(p == null ? null : p.item("TENDER_MODE"));
        String form = Optional.ofNullable(r.item("TENDER_ORGANIZE_FORM"))
            .orElse(p == null ? null : p.item("TENDER_ORGANIZE_FORM"));
        rows.add(List.of(project, required(r, "BID_SECTION_CODE"), required(r, "BID_SECTION_NAME"),
            ExchangeCodes.read(ExchangeCodes.CONTRACT_KIND, required(r, "CONTRACT_KIND"), "CONTRACT_KIND").orElseThrow().name(),
            ExchangeCodes.read(ExchangeCodes.TENDER_MODE, mode, "TENDER_MODE")
                .orElseThrow(() -> new DomainException("exchange.required", "TENDER_MODE")).name(),
            ExchangeCodes.read(ExchangeCodes.ORGANIZE_FORM, form, "TENDER_ORGANIZE_FORM").map(Enum::name).orElse(""),
            date(r, "NOTICE_SEND_TIME", false), amount(r, "CONTRACT_RECKON_PRICE", false)));
        passed.add(r);
      } catch (DomainException e) {
        refuse(BID_SECTION, r, e.code(), e.field());
      }
    }
    taken(BID_SECTION, passed, rows.isEmpty() ? null : register.importTenders(caller, CsvText.write(TENDERS, rows)));
  }

  /** What the project register took of the records passed to it (its lines count the header as line 1). */
  private void taken(String set, List<Rec> passed, ImportResult result) {
    if (result == null) {
      return;
    }
    taken(set, passed.size());
    result.rejected().forEach(l -> {
      untaken(set);
      refuse(set, passed.get(l.line() - 2), l.code(), PROJECT_ITEMS.getOrDefault(l.field(), l.field()));
    });
  }

  private void bidders(List<Rec> recs, List<Rec> results, List<Rec> projects, List<Rec> sections) {
    Map<String, Rec> projectOf = byProject(projects);
    Map<String, Rec> sectionOf = new HashMap<>();
    sections.forEach(s -> sectionOf.putIfAbsent(s.item("TENDER_PROJECT_CODE") + "/" + s.item("BID_SECTION_CODE"), s));
    Map<String, Rec> winners = new HashMap<>();
    Set<String> sectionsWithResult = new LinkedHashSet<>();
    for (Rec w : results) {
      String section = w.item("TENDER_PROJECT_CODE") + "/" + w.item("BID_SECTION_CODE");
      String bidder = Optional.ofNullable(w.item("WIN_BIDDER_CODE")).map(c -> c.toUpperCase(Locale.ROOT)).orElse("");
      winners.put(section + "/" + bidder, w);
      sectionsWithResult.add(section);
    }
    List<BidRow> rows = new ArrayList<>();
    Map<SectionKey, Optional<TenderBid>> storedSections = new HashMap<>();
    Map<Integer, Rec> byLine = new HashMap<>();
    Map<String, Integer> lineOfBid = new HashMap<>();
    for (Rec r : recs) {
      try {
        String project = required(r, "TENDER_PROJECT_CODE");
        String section = required(r, "BID_SECTION_CODE");
        String bidder = required(r, "BIDDER_ORG_CODE").toUpperCase(Locale.ROOT);
        String type = r.item("BIDDER_CODE_TYPE");
        if (type != null && !type.equals(ExchangeCodes.CREDIT_CODE)) {
          throw new DomainException("exchange.code", "BIDDER_CODE_TYPE");
        }
        String currency = r.item("PRICE_CURRENCY");
        if (currency != null && !List.of("CNY", "156", "人民币").contains(currency)) {
          throw new DomainException("exchange.code", "PRICE_CURRENCY");
        }
        Rec p = projectOf.get(project);
        Rec s = sectionOf.get(project + "/" + section);
        // the stored section is read only when the batch does not say what it needs (names, industry)
        Supplier<Optional<TenderBid>> known = () -> storedSections.computeIfAbsent(new SectionKey(project, section),
            k -> bids.section(caller.tenant(), k).stream().findFirst());
        String projectName = first(r.item("TENDER_PROJECT_NAME"), p == null ? null : p.item("TENDER_PROJECT_NAME"),
            null);
        if (projectName == null) {
          projectName = known.get().map(TenderBid::projectName)
              .orElseThrow(() -> new DomainException("exchange.bid.unknownProject", "TENDER_PROJECT_NAME"));
        }
        String sectionName = first(r.item("BID_SECTION_NAME"), s == null ? null : s.item("BID_SECTION_NAME"), null);
        if (sectionName == null) {
          sectionName = known.get().map(TenderBid::sectionName).orElse(null);
        }
        String typeCode = first(r.item("TENDER_PROJECT_TYPE"), p == null ? null : p.item("TENDER_PROJECT_TYPE"), null);
        Industry industry = typeCode == null
            ? known.get().map(TenderBid::industry).orElse(Industry.supervisedBy(caller.tenant()))
            : ExchangeCodes.read(ExchangeCodes.PROJECT_TYPE, typeCode, "TENDER_PROJECT_TYPE").orElseThrow();
        String key = project + "/" + section + "/" + bidder;
        String winner = sectionsWithResult.contains(project + "/" + section)
            ? (winners.containsKey(key) ? "1" : "0")
            : Optional.ofNullable(r.item("IS_WIN"))
                .orElseGet(() -> bids.find(caller.tenant(), key).map(b -> b.winner() ? "1" : "0").orElse("0"));
        int line = rows.size() + 1;
        rows.add(new BidRow(line, project, projectName, section, sectionName, industry.name(), bidder,
            r.item("BIDDER_NAME"), price(r), r.item("BID_SUBMIT_TIME"), r.item("MACHINE_CODE"), r.item("MAC_ADDRESS"),
            r.item("CPU_SERIAL"), r.item("DISK_SERIAL"), r.item("UPLOADER_IP"), r.item("CA_CERTIFICATE"),
            r.item("BOND_ACCOUNT"), r.item("AUTHORISED_AGENT"), r.item("BID_MANAGER"), winner));
        byLine.put(line, r);
        lineOfBid.put(key, line);
      } catch (DomainException e) {
        refuse(TENDER_LIST, r, e.code(), e.field());
      }
    }
    Set<Integer> refusedLines = new LinkedHashSet<>();
    if (!rows.isEmpty()) {
      ImportReport report = imports.importRows(caller, rows);
      taken(TENDER_LIST, rows.size());
      report.rejected().forEach(x -> {
        untaken(TENDER_LIST);
        refusedLines.add(x.line());
        refuse(TENDER_LIST, byLine.get(x.line()), x.code(), BID_ITEMS.getOrDefault(x.field(), x.field()));
      });
      warnings.addAll(report.warnings());
    }
    results(results, lineOfBid, refusedLines);
  }

  /** A result names a bidder of this batch, or of a section already stored, as the section's winner. */
  private void results(List<Rec> results, Map<String, Integer> lineOfBid, Set<Integer> refusedLines) {
    Map<SectionKey, String> storedWinners = new LinkedHashMap<>();
    for (Rec w : results) {
      try {
        String project = required(w, "TENDER_PROJECT_CODE");
        String section = required(w, "BID_SECTION_CODE");
        String bidder = required(w, "WIN_BIDDER_CODE").toUpperCase(Locale.ROOT);
        Integer line = lineOfBid.get(project + "/" + section + "/" + bidder);
        if (line != null) {
          if (refusedLines.contains(line)) {
            throw new DomainException("exchange.result.bidRefused", "WIN_BIDDER_CODE");
          }
        } else {
          SectionKey key = new SectionKey(project, section);
          if (bids.section(caller.tenant(), key).stream().noneMatch(b -> b.bidderCode().equals(bidder))) {
            throw new DomainException("exchange.result.noBid", "WIN_BIDDER_CODE");
          }
          storedWinners.put(key, bidder);
        }
        taken(WIN_RESULT);
      } catch (DomainException e) {
        refuse(WIN_RESULT, w, e.code(), e.field());
      }
    }
    storedWinners.forEach((key, winner) -> {
      for (TenderBid b : bids.section(caller.tenant(), key)) {
        boolean wins = b.bidderCode().equals(winner);
        if (b.winner() != wins) {
          bids.store(caller.tenant(), new TenderBid(b.tenant(), b.projectCode(), b.projectName(), b.sectionCode(),
              b.sectionName(), b.industry(), b.bidderCode(), b.bidderName(), b.price(), b.submittedAt(), b.trace(),
              wins, b.importedAt()));
        }
      }
      imports.screen(caller, key.projectCode(), key.sectionCode()).ifPresent(warnings::add);
    });
  }

  private void region(Rec r) {
    String region = r.item("REGION_CODE");
    if (region != null && !region.equals(caller.tenant().region().value())) {
      throw new DomainException("exchange.region", "REGION_CODE");
    }
  }

  private static void projectType(Rec r) {
    ExchangeCodes.read(ExchangeCodes.PROJECT_TYPE, r.item("TENDER_PROJECT_TYPE"), "TENDER_PROJECT_TYPE");
  }

  private static Map<String, Rec> byProject(List<Rec> projects) {
    Map<String, Rec> out = new HashMap<>();
    projects.forEach(p -> {
      if (p.item("TENDER_PROJECT_CODE") != null) {
        out.putIfAbsent(p.item("TENDER_PROJECT_CODE"), p);
      }
    });
    return out;
  }

  private static String required(Rec r, String item) {
    String v = r.item(item);
    if (v == null) {
      throw new DomainException("exchange.required", item);
    }
    return v;
  }

  /** A date item: {@code yyyy-MM-dd}, {@code yyyyMMdd} or a date-time whose date part is one of these. */
  private static String date(Rec r, String item, boolean needed) {
    String v = needed ? required(r, item) : r.item(item);
    if (v == null) {
      return "";
    }
    if (v.matches("\\d{8}.*")) {
      v = v.substring(0, 4) + "-" + v.substring(4, 6) + "-" + v.substring(6, 8);
    }
    if (!v.matches("\\d{4}-\\d{2}-\\d{2}([ T].*)?")) {
      throw new DomainException("exchange.date", item);
    }
    return v.substring(0, 10);
  }

  private static String amount(Rec r, String item, boolean needed) {
    String v = needed ? required(r, item) : r.item(item);
    if (v == null) {
      return "";
    }
    try {
      BigDecimal a = new BigDecimal(v.replace(",", ""));
      if (a.signum() <= 0) {
        throw new DomainException("exchange.amount", item);
      }
      return a.toPlainString();
    } catch (NumberFormatException e) {
      throw new DomainException("exchange.amount", item);
    }
  }

  /** The bid price in yuan: {@code PRICE_UNIT} 元 (or absent) or 万元. */
  private static String price(Rec r) {
    String v = required(r, "BID_PRICE");
    String unit = Optional.ofNullable(r.item("PRICE_UNIT")).orElse("元");
    try {
      BigDecimal p = new BigDecimal(v.replace(",", ""));
      return switch (unit) {
        case "元", "1" -> p.toPlainString();
        case "万元", "2" -> p.multiply(TEN_THOUSAND).stripTrailingZeros().toPlainString();
        default -> throw new DomainException("exchange.code", "PRICE_UNIT");
      };
    } catch (NumberFormatException e) {
      throw new DomainException("exchange.amount", "BID_PRICE");
    }
  }

  private static String first(String a, String b, String c) {
    return a != null ? a : b != null ? b : c;
  }

  private void taken(String set) {
    taken(set, 1);
  }

  private void taken(String set, int n) {
    counts.get(set)[1] += n;
  }

  private void untaken(String set) {
    counts.get(set)[1]--;
  }

  private void refuse(String set, Rec r, String code, String item) {
    refused.add(new Refusal(set, r.index(), identifier(set, r), code, Messages.text(code, Messages.CHINESE),
        Messages.text(code, Locale.ENGLISH), item));
  }

  /** What names the record in the report; a resident ID number in it only masked. */
  static String identifier(String set, Rec r) {
    Function<String, String> v = name -> ResidentId.mask(Optional.ofNullable(r.item(name)).orElse(""));
    return switch (set) {
      case SUBJECT -> v.apply("SUBJECT_CODE");
      case TENDER_PROJECT -> v.apply("TENDER_PROJECT_CODE");
      case BID_SECTION -> v.apply("TENDER_PROJECT_CODE") + "/" + v.apply("BID_SECTION_CODE");
      case TENDER_LIST -> v.apply("TENDER_PROJECT_CODE") + "/" + v.apply("BID_SECTION_CODE") + "/"
          + v.apply("BIDDER_ORG_CODE");
      case WIN_RESULT -> v.apply("TENDER_PROJECT_CODE") + "/" + v.apply("BID_SECTION_CODE") + "/"
          + v.apply("WIN_BIDDER_CODE");
      default -> "";
    };
  }

}
