package cn.ggzy.server.application.internal.exchange;

import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.DataExchange;
import cn.ggzy.server.application.OfficeScopes;
import cn.ggzy.server.application.Permission;
import cn.ggzy.server.application.ProjectRegister;
import cn.ggzy.server.application.TenantDirectory;
import cn.ggzy.server.application.TenderImports;
import cn.ggzy.server.application.internal.DepartmentReach;
import cn.ggzy.server.application.internal.Pages;
import cn.ggzy.server.application.internal.exchange.OcdsSchema.Violation;
import cn.ggzy.server.domain.model.AccessDeniedException;
import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.audit.AuditLog;
import cn.ggzy.server.domain.model.credit.BlacklistRepository;
import cn.ggzy.server.domain.model.credit.CreditRecordRepository;
import cn.ggzy.server.domain.model.credit.RedListRepository;
import cn.ggzy.server.domain.model.credit.SubjectRepository;
import cn.ggzy.server.domain.model.enforcement.CaseRepository;
import cn.ggzy.server.domain.model.project.ApprovedProject;
import cn.ggzy.server.domain.model.project.ProjectRepository;
import cn.ggzy.server.domain.model.tender.TenderBid;
import cn.ggzy.server.domain.model.tender.TenderBidRepository;
import cn.ggzy.server.domain.model.warning.WarningRepository;
import cn.ggzy.server.domain.service.WorkingCalendar;
import cn.ggzy.tenants.Department;
import cn.ggzy.tenants.Region;
import cn.ggzy.tenants.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

@ApplicationScoped
public class DefaultDataExchange implements DataExchange {
  /** The longest period one export covers. */
  static final int MAX_DAYS = 366;
  static final String SPEC = "公共资源交易平台系统数据规范";
  private ProjectRegister register;
  private TenderImports imports;
  private NationalExport.Sources sources;
  private TenantDirectory directory;
  private OfficeScopes scopes;
  private AuditLog audit;
  private Clock clock;
  private OcdsSchema schema;
  private String prefix;
  private String platformCode;
  private String publicUrl;

  protected DefaultDataExchange() {}

  @Inject
  public DefaultDataExchange(ProjectRegister register, TenderImports imports, ProjectRepository projects,
      TenderBidRepository bids, SubjectRepository subjects, CaseRepository cases, WarningRepository warnings,
      BlacklistRepository blacklist, RedListRepository redList, CreditRecordRepository records,
      TenantDirectory directory, OfficeScopes scopes, AuditLog audit, Clock clock,
      @ConfigProperty(name = "platform.exchange.ocds-prefix", defaultValue = "ocds-ggzy00") String prefix,
      @ConfigProperty(name = "platform.exchange.ocds-schema", defaultValue = " ") String schemaFile,
      @ConfigProperty(name = "platform.exchange.platform-code", defaultValue = " ") String platformCode,
      @ConfigProperty(name = "platform.public-url", defaultValue = "http://localhost:9080/") String publicUrl) {
    this.register = register;
    this.imports = imports;
    this.sources = new NationalExport.Sources(projects, bids, subjects, cases, warnings, blacklist, redList, records);
    this.directory = directory;
    this.scopes = scopes;
    this.audit = audit;
    this.clock = clock;
    this.schema = new OcdsSchema(schemaFile.strip());
    this.prefix = prefix;
    this.platformCode = platformCode;
    this.publicUrl = publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
  }

  @Override
  public ExchangeReport importNational(Caller caller, byte[] batch, Format format) {
    allowed(caller, "exchange.import");
    ExchangeFiles.Batch read = ExchangeFiles.read(batch, format);
    NationalImport run = new NationalImport(caller, register, imports, sources.bids(), sources.subjects());
    run.run(read);
    ExchangeReport report = report(format.name(), run.sets(), run.refused(), run.warnings());
    audited(caller, "exchange.IMPORT_NATIONAL", report);
    return report;
  }

  @Override
  public ExchangeReport importOcds(Caller caller, byte[] releasePackage) {
    allowed(caller, "exchange.importOcds");
    OcdsExchange.Import run = new OcdsExchange.Import(caller, imports, sources.subjects());
    run.run(releasePackage, schema);
    ExchangeReport report = report("OCDS", run.sets(), run.refused(), run.warnings());
    audited(caller, "exchange.IMPORT_OCDS", report);
    return report;
  }

  @Override
  public byte[] exportNational(Caller caller, LocalDate from, LocalDate to, Format format) {
    allowed(caller, "exchange.export");
    period(from, to);
    List<TenantId> tenants = tenants(caller, "exchange.export");
    NationalExport export = new NationalExport(sources, from, to);
    tenants.forEach(export::department);
    export.subjects(caller.tenant().region());
    Map<String, String> header = new LinkedHashMap<>();
    header.put("SPEC", SPEC);
    if (!platformCode.isBlank()) {
      header.put("PLATFORM_CODE", platformCode.strip());
    }
    header.put("REGION_CODE", caller.tenant().region().value());
    header.put("PERIOD_FROM", from.toString());
    header.put("PERIOD_TO", to.toString());
    header.put("DATA_TIMESTAMP", NationalExport.time(clock.instant()));
    int records = export.sets().values().stream().mapToInt(List::size).sum();
    audit.record(caller.tenant(), clock.instant(), caller.login().value(), "exchange.EXPORT_NATIONAL", "exchange",
        from + ".." + to + ", " + format + ", " + records + " records, " + tenants.size() + " departments");
    return ExchangeFiles.write(header, export.sets(), format);
  }

  @Override
  public byte[] exportOcds(Caller caller, LocalDate from, LocalDate to) {
    allowed(caller, "exchange.exportOcds");
    period(from, to);
    List<TenderBid> bids = new ArrayList<>();
    Map<String, ApprovedProject> projects = new LinkedHashMap<>();
    for (TenantId tenant : tenants(caller, "exchange.exportOcds")) {
      List<TenderBid> own = Pages.all((o, l) -> sources.bids().page(tenant, o, l), 200, NationalExport.MAX_RECORDS)
          .stream().filter(b -> within(b.importedAt(), from, to)).toList();
      own.stream().map(TenderBid::projectCode).distinct()
          .forEach(code -> sources.projects().byProjectCode(tenant, code).stream().findFirst()
              .ifPresent(p -> projects.put(OcdsExchange.projectKey(tenant, code), p)));
      bids.addAll(own);
      if (bids.size() > NationalExport.MAX_RECORDS) {
        throw new DomainException("exchange.export.tooMany", "to");
      }
    }
    if (bids.isEmpty()) {
      throw new DomainException("exchange.ocds.nothing", "from");
    }
    String publisher = directory.region(caller.tenant().region()).map(Region::nameZh).orElse("")
        + "公共资源交易综合监管平台";
    String json = OcdsExchange.export(bids, projects, prefix, publicUrl + "api/v1/exchange/ocds?from=" + from + "&to="
        + to, publisher, clock.instant());
    List<Violation> violations = schema.check(json);
    if (!violations.isEmpty()) {
      throw new IllegalStateException("the OCDS export does not validate: " + violations.get(0));
    }
    audit.record(caller.tenant(), clock.instant(), caller.login().value(), "exchange.EXPORT_OCDS", "exchange",
        from + ".." + to + ", " + bids.size() + " bids");
    return json.getBytes(StandardCharsets.UTF_8);
  }

  /** The departments an export covers: the caller's own, or every department of the region for the office. */
  private List<TenantId> tenants(Caller caller, String purpose) {
    if (!new DepartmentReach(directory, scopes).office(caller)) {
      return List.of(caller.tenant());
    }
    scopes.open(caller, purpose);
    return directory.region(caller.tenant().region()).map(r -> r.departments().stream().map(Department::id).toList())
        .orElse(List.of(caller.tenant()));
  }

  private static void period(LocalDate from, LocalDate to) {
    if (from == null) {
      throw new DomainException("exchange.period.from", "from");
    }
    if (to == null || to.isBefore(from)) {
      throw new DomainException("exchange.period.to", "to");
    }
    if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
      throw new DomainException("exchange.period.tooLong", "to");
    }
  }

  private static boolean within(Instant at, LocalDate from, LocalDate to) {
    if (at == null) {
      return false;
    }
    LocalDate day = LocalDate.ofInstant(at, WorkingCalendar.ZONE);
    return !day.isBefore(from) && !day.isAfter(to);
  }

  private static void allowed(Caller caller, String action) {
    if (!caller.may(Permission.EXCHANGE_DATA)) {
      throw new AccessDeniedException(action);
    }
  }

  private static ExchangeReport report(String format, List<SetReport> sets, List<Refusal> refused,
      List<String> warnings) {
    int received = sets.stream().mapToInt(SetReport::received).sum();
    int imported = sets.stream().mapToInt(SetReport::imported).sum();
    return new ExchangeReport(format, received, imported, sets, refused, warnings);
  }

  private void audited(Caller caller, String action, ExchangeReport r) {
    audit.record(caller.tenant(), clock.instant(), caller.login().value(), action, "exchange",
        "received=" + r.received() + ";imported=" + r.imported() + ";refused=" + r.refused().size());
  }
}
