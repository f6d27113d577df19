package cn.ggzy.server.infrastructure.persistence.mongo.project;

import static com.mongodb.client.model.Filters.eq;

import cn.ggzy.server.domain.model.ConcurrentChangeException;
import cn.ggzy.server.domain.model.NotFoundException;
import cn.ggzy.server.domain.model.project.AlertDecision;
import cn.ggzy.server.domain.model.project.ApprovedProject;
import cn.ggzy.server.domain.model.project.ContractKind;
import cn.ggzy.server.domain.model.project.Organisation;
import cn.ggzy.server.domain.model.project.PlannedContract;
import cn.ggzy.server.domain.model.project.ProjectRepository;
import cn.ggzy.server.domain.model.project.RecordedTender;
import cn.ggzy.server.domain.model.project.TenderMethod;
import cn.ggzy.server.infrastructure.persistence.mongo.BsonFields;
import cn.ggzy.tenants.OfficeScope;
import cn.ggzy.tenants.TenantId;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.bson.Document;
import org.bson.conversions.Bson;

/** Approved projects, collection {@code approved_projects}, one per approval number and department. */
@ApplicationScoped
public class MongoProjectRepository implements ProjectRepository {
  public static final String COLLECTION = "approved_projects";
  private MongoDatabase database;

  protected MongoProjectRepository() {}

  @Inject
  public MongoProjectRepository(MongoDatabase database) {
    this.database = database;
  }

  private MongoCollection<Document> projects() {
    return database.getCollection(COLLECTION);
  }

  @Override
  public String nextId() {
    return "AP-" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toUpperCase();
  }

  @Override
  public Optional<ApprovedProject> find(TenantId tenant, String id) {
    return first(new Document("_id", id).append("tenantId", tenant.value()));
  }

  @Override
  public Optional<ApprovedProject> find(OfficeScope scope, String id) {
    return first(new Document("_id", id).append("region", scope.region().value()));
  }

  @Override
  public Optional<ApprovedProject> byApproval(TenantId tenant, String approvalNumber) {
    return first(new Document("tenantId", tenant.value()).append("approvalNumber", approvalNumber));
  }

  @Override
  public List<ApprovedProject> byProjectCode(TenantId tenant, String projectCode) {
    return projects().find(new Document("tenantId", tenant.value()).append("projectCode", projectCode))
        .map(MongoProjectRepository::project).into(new ArrayList<>());
  }

  private Optional<ApprovedProject> first(Document filter) {
    return Optional.ofNullable(projects().find(filter).first()).map(MongoProjectRepository::project);
  }

  @Override
  public void store(TenantId tenant, ApprovedProject p) {
    if (!p.tenant().equals(tenant)) {
      throw new NotFoundException("projectId");
    }
    ApprovedProject.Facts f = p.facts();
    Document doc = new Document("_id", p.id()).append("tenantId", tenant.value()).append("region", tenant.region().value())
        .append("approvalNumber", f.approvalNumber()).append("projectCode", f.projectCode())
        .append("projectName", f.projectName()).append("employer", f.employer())
        .append("approvedOn", BsonFields.day(f.approvedOn())).append("method", name(f.method()))
        .append("organisation", name(f.organisation())).append("mandatory", f.mandatory())
        .append("plannedTenderDate", BsonFields.day(f.plannedTenderDate()))
        .append("contracts", f.contracts().stream().map(c -> new Document("kind", c.kind().name())
            .append("name", c.name()).append("estimate", c.estimate().toPlainString())).toList())
        .append("tenders", f.tenders().stream().map(t -> new Document("sectionCode", t.sectionCode())
            .append("sectionName", t.sectionName()).append("kind", t.kind().name()).append("method", name(t.method()))
            .append("organisation", name(t.organisation())).append("announcedOn", BsonFields.day(t.announcedOn()))
            .append("estimate", t.estimate() == null ? null : t.estimate().toPlainString())).toList())
        .append("decisions", p.decisions().stream().map(d -> new Document("key", d.key()).append("state",
            d.state().name()).append("reason", d.reason()).append("caseId", d.caseId()).append("caseNumber", d.caseNumber()).append("by", d.by())
            .append("at", BsonFields.date(d.at()))).toList())
        .append("importedAt", BsonFields.date(p.importedAt())).append("version", p.version() + 1);
    BsonFields.storeVersioned(projects(), doc, "tenantId", p.version(), () -> new ConcurrentChangeException("project"),
        "project");
  }

  @Override
  public List<ApprovedProject> list(TenantId tenant, int offset, int limit) {
    return page(eq("tenantId", tenant.value()), offset, limit);
  }

  @Override
  public List<ApprovedProject> list(OfficeScope scope, int offset, int limit) {
    return page(eq("region", scope.region().value()), offset, limit);
  }

  @Override
  public long count(TenantId tenant) {
    return projects().countDocuments(eq("tenantId", tenant.value()));
  }

  @Override
  public long count(OfficeScope scope) {
    return projects().countDocuments(eq("region", scope.region().value()));
  }

  private List<ApprovedProject> page(Bson filter, int offset, int limit) {
    return projects().find(filter).sort(Sorts.orderBy(Sorts.descending("approvedOn"), Sorts.ascending("_id")))
        .skip(offset).limit(limit).map(MongoProjectRepository::project).into(new ArrayList<>());
  }

  private static String name(Enum<?> e) {
    return e == null ? null : e.name();
  }

  private static BigDecimal amount(Document d, String key) {
    String v = d.getString(key);
    return v == null ? null : new BigDecimal(v);
  }

  private static ApprovedProject project(Document d) {
    String method = d.getString("method");
    String organisation = d.getString("organisation");
    List<PlannedContract> contracts = BsonFields.documents(d, "contracts").stream().map(c -> new PlannedContract(
        ContractKind.valueOf(c.getString("kind")), c.getString("name"), amount(c, "estimate"))).toList();
    List<RecordedTender> tenders = BsonFields.documents(d, "tenders").stream().map(t -> new RecordedTender(
        t.getString("sectionCode"), t.getString("sectionName"), ContractKind.valueOf(t.getString("kind")),
        t.getString("method") == null ? null : TenderMethod.valueOf(t.getString("method")),
        t.getString("organisation") == null ? null : Organisation.valueOf(t.getString("organisation")),
        BsonFields.localDate(t, "announcedOn"), amount(t, "estimate"))).toList();
    List<AlertDecision> decisions = BsonFields.documents(d, "decisions").stream().map(x -> new AlertDecision(
        x.getString("key"), AlertDecision.State.valueOf(x.getString("state")), x.getString("reason"),
        x.getString("caseId"), x.getString("caseNumber"), x.getString("by"), BsonFields.instant(x, "at"))).toList();
    return new ApprovedProject(d.getString("_id"), TenantId.of(d.getString("tenantId")), new ApprovedProject.Facts(
        d.getString("approvalNumber"), d.getString("projectCode"), d.getString("projectName"), d.getString("employer"),
        BsonFields.localDate(d, "approvedOn"), method == null ? null : TenderMethod.valueOf(method),
        organisation == null ? null : Organisation.valueOf(organisation), d.getBoolean("mandatory", false),
        BsonFields.localDate(d, "plannedTenderDate"), contracts, tenders), decisions,
        BsonFields.instant(d, "importedAt"), BsonFields.number(d, "version"));
  }
}
