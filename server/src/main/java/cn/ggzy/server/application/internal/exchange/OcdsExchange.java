package cn.ggzy.server.application.internal.exchange;

import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.DataExchange.Refusal;
import cn.ggzy.server.application.DataExchange.SetReport;
import cn.ggzy.server.application.Messages;
import cn.ggzy.server.application.TenderImports;
import cn.ggzy.server.application.TenderImports.ImportReport;
import cn.ggzy.server.application.internal.exchange.OcdsSchema.Violation;
import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.credit.SubjectIdentity;
import cn.ggzy.server.domain.model.credit.SubjectKind;
import cn.ggzy.server.domain.model.credit.SubjectRepository;
import cn.ggzy.server.domain.model.enforcement.Industry;
import cn.ggzy.server.domain.model.project.ApprovedProject;
import cn.ggzy.server.domain.model.project.ContractKind;
import cn.ggzy.server.domain.model.project.RecordedTender;
import cn.ggzy.server.domain.model.project.TenderMethod;
import cn.ggzy.server.domain.model.tender.BidRow;
import cn.ggzy.server.domain.model.tender.BidRows;
import cn.ggzy.server.domain.model.tender.SectionKey;
import cn.ggzy.server.domain.model.tender.TenderBid;
import cn.ggzy.server.domain.service.WorkingCalendar;
import cn.ggzy.tenants.TenantId;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Sections as OCDS 1.1 releases, one per section (ocid = prefix-project-section): the bidders as
 * parties (identifier scheme CN-USCC, the 统一社会信用代码), the tender with its method and estimate from
 * the project register, every bid with its price (the OCDS bids extension) and the winner as the
 * active award. Import reads the same back: parties into credit subjects, bids and awards into the
 * tender imports.
 */
final class OcdsExchange {
  static final String SCHEME = "CN-USCC";
  static final String BIDS_EXTENSION =
      "https://raw.githubusercontent.com/open-contracting-extensions/ocds_bid_extension/v1.1.5/extension.json";
  static final String RELEASES = "releases";
  private static final DateTimeFormatter OCDS_TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

  private OcdsExchange() {}

  /**
   * The release package of these bids, one release per department and section; {@code projects} (keyed by
   * {@link #projectKey}) gives buyer, method and estimate.
   */
  static String export(List<TenderBid> bids, Map<String, ApprovedProject> projects, String prefix, String uri,
      String publisher, Instant now) {
    Map<String, List<TenderBid>> bySection = new LinkedHashMap<>();
    bids.stream().sorted(Comparator.comparing((TenderBid b) -> b.tenant().value()).thenComparing(TenderBid::key))
        .forEach(b -> bySection.computeIfAbsent(b.tenant().value() + "|" + b.section(), k -> new ArrayList<>())
            .add(b));
    JsonArrayBuilder releases = Json.createArrayBuilder();
    bySection.values().forEach(list -> releases.add(release(list.get(0).section(), list,
        projects.get(projectKey(list.get(0).tenant(), list.get(0).projectCode())), prefix)));
    return Json.createObjectBuilder().add("uri", uri).add("version", "1.1")
        .add("extensions", Json.createArrayBuilder().add(BIDS_EXTENSION)).add("publishedDate", time(now))
        .add("publisher", Json.createObjectBuilder().add("name", publisher)).add(RELEASES, releases).build()
        .toString();
  }

  private static JsonObject release(SectionKey section, List<TenderBid> bids, ApprovedProject project,
      String prefix) {
    TenderBid first = bids.get(0);
    Instant date = bids.stream().map(TenderBid::importedAt).max(Comparator.naturalOrder()).orElseThrow();
    Optional<TenderBid> winner = bids.stream().filter(TenderBid::winner).findFirst();
    JsonArrayBuilder parties = Json.createArrayBuilder();
    JsonArrayBuilder tenderers = Json.createArrayBuilder();
    JsonArrayBuilder details = Json.createArrayBuilder();
    for (TenderBid b : bids) {
      JsonArrayBuilder roles = Json.createArrayBuilder().add("tenderer");
      if (b.winner()) {
        roles.add("supplier");
      }
      parties.add(Json.createObjectBuilder().add("id", partyId(b.bidderCode())).add("name", b.bidderName())
          .add("identifier", Json.createObjectBuilder().add("scheme", SCHEME).add("id", b.bidderCode())
              .add("legalName", b.bidderName()))
          .add("roles", roles));
      tenderers.add(ref(b));
      JsonObjectBuilder bid = Json.createObjectBuilder().add("id", b.bidderCode()).add("status", "valid")
          .add("tenderers", Json.createArrayBuilder().add(ref(b))).add("value", value(BigDecimal.valueOf(b.price())));
      if (b.submittedAt() != null) {
        bid.add("date", time(b.submittedAt()));
      }
      details.add(bid);
    }
    JsonObjectBuilder tender = Json.createObjectBuilder().add("id", section.projectCode() + "/" + section.sectionCode())
        .add("title", first.projectName()).add("status", winner.isPresent() ? "complete" : "active")
        .add("tenderers", tenderers).add("numberOfTenderers", bids.size());
    if (first.sectionName() != null) {
      tender.add("description", first.sectionName());
    }
    JsonObjectBuilder release = Json.createObjectBuilder()
        .add("ocid", prefix + "-" + first.tenant().departmentCode() + "-" + section.projectCode() + "-"
            + section.sectionCode())
        .add("id", section.projectCode() + "-" + section.sectionCode() + "-" + date.toEpochMilli())
        .add("date", time(date))
        .add("tag", winner.isPresent() ? Json.createArrayBuilder().add("tender").add("award")
            : Json.createArrayBuilder().add("tender"))
        .add("initiationType", "tender").add("language", "zh");
    if (project != null) {
      ApprovedProject.Facts f = project.facts();
      String buyer = "buyer-" + f.projectCode();
      parties.add(Json.createObjectBuilder().add("id", buyer).add("name", f.employer())
          .add("roles", Json.createArrayBuilder().add("buyer")));
      release.add("buyer", Json.createObjectBuilder().add("id", buyer).add("name", f.employer()));
      Optional<RecordedTender> t = f.tenders().stream().filter(x -> x.sectionCode().equals(section.sectionCode()))
          .findFirst();
      TenderMethod method = t.map(RecordedTender::method).orElse(f.method());
      if (method != null) {
        tender.add("procurementMethod", switch (method) {
          case OPEN -> "open";
          case INVITED -> "selective";
          case NONE -> "direct";
        });
        tender.add("procurementMethodDetails", switch (method) {
          case OPEN -> "公开招标";
          case INVITED -> "邀请招标";
          case NONE -> "不招标";
        });
      }
      t.map(RecordedTender::kind).ifPresent(k -> tender.add("mainProcurementCategory", category(k)));
      t.map(RecordedTender::estimate).ifPresent(e -> tender.add("value", value(e)));
    }
    release.add("parties", parties).add("tender", tender).add("bids", Json.createObjectBuilder().add("details",
        details));
    winner.ifPresent(w -> release.add("awards", Json.createArrayBuilder().add(Json.createObjectBuilder()
        .add("id", section.projectCode() + "/" + section.sectionCode() + "/" + w.bidderCode()).add("status", "active")
        .add("suppliers", Json.createArrayBuilder().add(ref(w))).add("value", value(BigDecimal.valueOf(w.price()))))));
    return release.build();
  }

  private static String category(ContractKind k) {
    return switch (k) {
      case CONSTRUCTION -> "works";
      case GOODS -> "goods";
      case SERVICES -> "services";
    };
  }

  private static JsonObjectBuilder ref(TenderBid b) {
    return Json.createObjectBuilder().add("id", partyId(b.bidderCode())).add("name", b.bidderName());
  }

  private static JsonObjectBuilder value(BigDecimal amount) {
    return Json.createObjectBuilder().add("amount", amount.setScale(2, RoundingMode.HALF_UP))
        .add("currency", "CNY");
  }

  static String projectKey(TenantId tenant, String projectCode) {
    return tenant.value() + "|" + projectCode;
  }

  private static int bidCount(JsonValue release) {
    if (!(release instanceof JsonObject r) || !(r.get("bids") instanceof JsonObject bids)
        || !(bids.get("details") instanceof JsonArray details)) {
      return 0;
    }
    return details.size();
  }

  static String partyId(String creditCode) {
    return SCHEME + "-" + creditCode;
  }

  static String time(Instant at) {
    return OffsetDateTime.ofInstant(at.truncatedTo(ChronoUnit.SECONDS), WorkingCalendar.ZONE).format(OCDS_TIME);
  }

  /** One OCDS import: the package checked against the schema, then release by release. */
  static final class Import {
    private final Caller caller;
    private final TenderImports imports;
    private final SubjectRepository subjects;
    private final List<Refusal> refused = new ArrayList<>();
    private final Set<String> warnings = new LinkedHashSet<>();
    private int received;
    private int imported;

    Import(Caller caller, TenderImports imports, SubjectRepository subjects) {
      this.caller = caller;
      this.imports = imports;
      this.subjects = subjects;
    }

    List<SetReport> sets() {
      return List.of(new SetReport(RELEASES, received, imported, received - imported));
    }

    List<Refusal> refused() {
      return refused;
    }

    List<String> warnings() {
      return List.copyOf(warnings);
    }

    int received() {
      return received;
    }

    int imported() {
      return imported;
    }

    void run(byte[] bytes, OcdsSchema schema) {
      ExchangeFiles.sized(bytes);
      String text = ExchangeFiles.decode(bytes, StandardCharsets.UTF_8);
      JsonObject pkg = ExchangeFiles.object(text);
      Map<Integer, String> releaseFaults = new HashMap<>();
      for (Violation v : schema.check(text)) {
        String[] parts = v.pointer().split("/");
        if (parts.length >= 3 && parts[1].equals(RELEASES) && parts[2].matches("\\d+")) {
          releaseFaults.putIfAbsent(Integer.parseInt(parts[2]), v.pointer());
        } else {
          throw new DomainException("exchange.ocds.package", v.pointer().isEmpty() ? "/" : v.pointer());
        }
      }
      JsonArray releases = pkg.getJsonArray(RELEASES);
      received = releases.size();
      if (releases.stream().mapToInt(OcdsExchange::bidCount).sum() > ExchangeFiles.MAX_RECORDS) {
        throw new DomainException("exchange.tooMany", "file");
      }
      List<BidRow> rows = new ArrayList<>();
      Map<Integer, Integer> releaseOfLine = new HashMap<>();
      List<Integer> taken = new ArrayList<>();
      Map<Integer, List<SubjectIdentity>> partiesOf = new HashMap<>();
      for (int i = 0; i < releases.size(); i++) {
        JsonObject r = releases.getJsonObject(i);
        String ocid = r.getString("ocid", "");
        if (releaseFaults.containsKey(i)) {
          refuse(i, ocid, "exchange.ocds.schema", releaseFaults.get(i));
          continue;
        }
        try {
          List<BidRow> mine = bidRows(r, i, rows.size());
          checked(mine, i, rows.size());
          partiesOf.put(i, parties(r, i));
          for (BidRow row : mine) {
            releaseOfLine.put(row.line(), i);
          }
          rows.addAll(mine);
          taken.add(i);
        } catch (DomainException e) {
          refuse(i, ocid, e.code(), e.field());
        }
      }
      Set<Integer> failed = new LinkedHashSet<>();
      if (!rows.isEmpty()) {
        ImportReport report = imports.importRows(caller, rows);
        report.rejected().forEach(x -> {
          int i = releaseOfLine.get(x.line());
          if (failed.add(i)) {
            refuse(i, releases.getJsonObject(i).getString("ocid", ""), x.code(), "/releases/" + i);
          }
        });
        warnings.addAll(report.warnings());
      }
      for (int i : taken) {
        if (!failed.contains(i)) {
          partiesOf.get(i).forEach(id -> subjects.register(caller.tenant().region(), id));
          imported++;
        }
      }
    }

    /** Every bid of a release checked as the tender imports will check it, so a release is taken whole or not at all. */
    private void checked(List<BidRow> mine, int release, int linesBefore) {
      Set<String> bidders = new HashSet<>();
      for (BidRow row : mine) {
        int d = row.line() - linesBefore - 1;
        try {
          TenderBid bid = BidRows.parse(caller.tenant(), row, Instant.EPOCH);
          if (!bidders.add(bid.bidderCode())) {
            throw new DomainException("rigging.import.duplicateRow", "bidderCode");
          }
        } catch (DomainException e) {
          throw new DomainException(e.code(), pointer(release, d, e.field()));
        }
      }
    }

    /** Where in the release the field of a refused bid came from. */
    static String pointer(int release, int bid, String field) {
      String at = "/releases/" + release;
      return switch (field == null ? "" : field) {
        case "projectCode", "sectionCode" -> at + "/tender/id";
        case "projectName" -> at + "/tender/title";
        case "sectionName" -> at + "/tender/description";
        case "price" -> at + "/bids/details/" + bid + "/value/amount";
        case "bidderCode" -> at + "/bids/details/" + bid + "/tenderers/0/id";
        case "bidderName" -> at + "/bids/details/" + bid + "/tenderers/0/name";
        case "submittedAt" -> at + "/bids/details/" + bid + "/date";
        case "winner" -> at + "/awards";
        default -> at + "/bids/details/" + bid;
      };
    }


    /** The bidders a release names as parties with a CN-USCC identifier, as credit subjects. */
    private static List<SubjectIdentity> parties(JsonObject r, int i) {
      JsonArray parties = r.getJsonArray("parties");
      List<SubjectIdentity> out = new ArrayList<>();
      if (parties == null) {
        return out;
      }
      for (int p = 0; p < parties.size(); p++) {
        JsonObject party = parties.getJsonObject(p);
        JsonObject id = party.getJsonObject("identifier");
        if (id == null || !SCHEME.equals(string(id, "scheme"))) {
          continue;
        }
        String name = Optional.ofNullable(string(id, "legalName")).orElse(string(party, "name"));
        try {
          out.add(SubjectIdentity.of(SubjectKind.ENTERPRISE, name, string(id, "id"), null));
        } catch (DomainException e) {
          throw new DomainException(e.code(), "/releases/" + i + "/parties/" + p + "/identifier/id");
        }
      }
      return out;
    }

    /** The bids of a release as import rows; the codes come from the parties' CN-USCC identifiers. */
    private List<BidRow> bidRows(JsonObject r, int i, int linesBefore) {
      String at = "/releases/" + i;
      JsonObject tender = r.getJsonObject("tender");
      if (tender == null) {
        throw new DomainException("exchange.required", at + "/tender");
      }
      String[] key = Optional.ofNullable(string(tender, "id")).orElse("").split("/", 2);
      if (key.length != 2 || key[0].isBlank() || key[1].isBlank()) {
        throw new DomainException("exchange.ocds.tenderId", at + "/tender/id");
      }
      Map<String, String> codeOfParty = new HashMap<>();
      JsonArray parties = r.getJsonArray("parties");
      if (parties != null) {
        for (JsonValue v : parties) {
          JsonObject party = v.asJsonObject();
          JsonObject id = party.getJsonObject("identifier");
          if (id != null && SCHEME.equals(string(id, "scheme")) && string(party, "id") != null) {
            codeOfParty.put(string(party, "id"), string(id, "id"));
          }
        }
      }
      Set<String> winners = new LinkedHashSet<>();
      JsonArray awards = r.getJsonArray("awards");
      if (awards != null) {
        for (JsonValue a : awards) {
          if ("active".equals(string(a.asJsonObject(), "status"))) {
            JsonArray suppliers = a.asJsonObject().getJsonArray("suppliers");
            if (suppliers != null) {
              suppliers.forEach(s -> winners.add(string(s.asJsonObject(), "id")));
            }
          }
        }
      }
      JsonObject bids = r.getJsonObject("bids");
      JsonArray details = bids == null ? null : bids.getJsonArray("details");
      if (details == null || details.isEmpty()) {
        throw new DomainException("exchange.ocds.noBids", at + "/bids/details");
      }
      List<BidRow> rows = new ArrayList<>();
      for (int d = 0; d < details.size(); d++) {
        JsonObject bid = details.getJsonObject(d);
        JsonArray who = bid.getJsonArray("tenderers");
        if (who == null || who.size() != 1) {
          throw new DomainException("exchange.ocds.tenderer", at + "/bids/details/" + d + "/tenderers");
        }
        String party = string(who.getJsonObject(0), "id");
        String code = codeOfParty.get(party);
        if (code == null) {
          throw new DomainException("exchange.ocds.identifier", at + "/bids/details/" + d + "/tenderers/0/id");
        }
        JsonObject value = bid.getJsonObject("value");
        JsonValue amount = value == null ? null : value.get("amount");
        if (!(amount instanceof JsonNumber n)) {
          throw new DomainException("exchange.required", at + "/bids/details/" + d + "/value/amount");
        }
        String currency = string(value, "currency");
        if (currency != null && !"CNY".equals(currency)) {
          throw new DomainException("exchange.code", at + "/bids/details/" + d + "/value/currency");
        }
        rows.add(new BidRow(linesBefore + rows.size() + 1, key[0], string(tender, "title"), key[1],
            string(tender, "description"), Industry.supervisedBy(caller.tenant()).name(), code.toUpperCase(Locale.ROOT),
            string(who.getJsonObject(0), "name"), n.bigDecimalValue().toPlainString(), string(bid, "date"), null, null,
            null, null, null, null, null, null, null, winners.contains(party) ? "1" : "0"));
      }
      return rows;
    }

    private void refuse(int i, String ocid, String code, String item) {
      refused.add(new Refusal(RELEASES, i + 1, ocid, code, Messages.text(code, Messages.CHINESE),
          Messages.text(code, Locale.ENGLISH), item));
    }

    private static String string(JsonObject o, String name) {
      JsonValue v = o.get(name);
      if (v instanceof JsonString s) {
        return s.getString().isBlank() ? null : s.getString();
      }
      if (v instanceof JsonNumber n) {
        return n.toString();
      }
      return null;
    }
  }
}
