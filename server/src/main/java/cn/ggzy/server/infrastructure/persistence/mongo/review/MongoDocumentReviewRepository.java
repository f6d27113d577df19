package cn.ggzy.server.infrastructure.persistence.mongo.review;

import static com.mongodb.client.model.Filters.eq;

import cn.ggzy.server.domain.model.ConcurrentChangeException;
import cn.ggzy.server.domain.model.NotFoundException;
import cn.ggzy.server.domain.model.review.Bilingual;
import cn.ggzy.server.domain.model.review.Clause;
import cn.ggzy.server.domain.model.review.ClauseCategory;
import cn.ggzy.server.domain.model.review.DocumentReview;
import cn.ggzy.server.domain.model.review.DocumentReviewRepository;
import cn.ggzy.server.domain.model.review.Rectification;
import cn.ggzy.server.domain.model.review.ReviewFinding;
import cn.ggzy.server.domain.model.review.ReviewedFile;
import cn.ggzy.server.domain.model.review.ReviewedProject;
import cn.ggzy.server.domain.model.review.Severity;
import cn.ggzy.server.domain.model.review.Span;
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

/** Document reviews, collection {@code document_reviews}: one document per review, written by version. */
@ApplicationScoped
public class MongoDocumentReviewRepository implements DocumentReviewRepository {
  public static final String COLLECTION = "document_reviews";
  private MongoDatabase database;

  protected MongoDocumentReviewRepository() {}

  @Inject
  public MongoDocumentReviewRepository(MongoDatabase database) {
    this.database = database;
  }

  private MongoCollection<Document> reviews() {
    return database.getCollection(COLLECTION);
  }

  @Override
  public String nextId() {
    return "DR-" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toUpperCase();
  }

  @Override
  public Optional<DocumentReview> find(TenantId tenant, String id) {
    return Optional.ofNullable(reviews().find(new Document("_id", id).append("tenantId", tenant.value())).first())
        .map(MongoDocumentReviewRepository::review);
  }

  @Override
  public Optional<DocumentReview> find(OfficeScope scope, String id) {
    return Optional.ofNullable(reviews().find(new Document("_id", id).append("region", scope.region().value()))
        .first()).map(MongoDocumentReviewRepository::review);
  }

  @Override
  public DocumentReview store(TenantId tenant, DocumentReview r) {
    if (!r.tenant().equals(tenant)) {
      throw new NotFoundException("reviewId");
    }
    ReviewedProject p = r.project();
    Document doc = new Document("_id", r.id()).append("tenantId", tenant.value())
        .append("region", tenant.region().value()).append("createdAt", BsonFields.date(r.files().get(0).at()))
        .append("state", r.state().name())
        .append("project", new Document("code", p.projectCode()).append("name", p.projectName())
            .append("section", p.sectionName()).append("employer", p.employer()).append("agency", p.agency())
            .append("estimate", amount(p.estimate())).append("contractAmount", amount(p.contractAmount())))
        .append("files", r.files().stream().map(MongoDocumentReviewRepository::file).toList())
        .append("findings", r.findings().stream().map(MongoDocumentReviewRepository::finding).toList())
        .append("rectification", rectification(r.rectification())).append("version", r.version() + 1);
    BsonFields.storeVersioned(reviews(), doc, "tenantId", r.version(), () -> new ConcurrentChangeException("review"),
        "review");
    return new DocumentReview(r.id(), r.tenant(), r.project(), r.files(), r.findings(), r.rectification(),
        r.version() + 1);
  }

  @Override
  public List<DocumentReview> list(TenantId tenant, int offset, int limit) {
    return page(eq("tenantId", tenant.value()), offset, limit);
  }

  @Override
  public List<DocumentReview> list(OfficeScope scope, int offset, int limit) {
    return page(eq("region", scope.region().value()), offset, limit);
  }

  @Override
  public long count(TenantId tenant) {
    return reviews().countDocuments(eq("tenantId", tenant.value()));
  }

  @Override
  public long count(OfficeScope scope) {
    return reviews().countDocuments(eq("region", scope.region().value()));
  }

  private List<DocumentReview> page(Bson filter, int offset, int limit) {
    return reviews().find(filter).sort(Sorts.orderBy(Sorts.descending("createdAt"), Sorts.ascending("_id")))
        .skip(offset).limit(limit).map(MongoDocumentReviewRepository::review).into(new ArrayList<>());
  }

  private static String amount(BigDecimal v) {
    return v == null ? null : v.toPlainString();
  }

  private static BigDecimal amount(Document d, String key) {
    String v = d.getString(key);
    return v == null ? null : new BigDecimal(v);
  }

  private static Document file(ReviewedFile f) {
    return new Document("fileId", f.fileId()).append("name", f.fileName()).append("size", f.size())
        .append("sha256", f.sha256()).append("pages", f.pages()).append("paragraphs", f.paragraphs())
        .append("clauses", f.clauses()).append("ruleBookVersion", f.ruleBookVersion()).append("by", f.by())
        .append("at", BsonFields.date(f.at()));
  }

  private static ReviewedFile file(Document d) {
    return new ReviewedFile(d.getString("fileId"), d.getString("name"), BsonFields.number(d, "size"),
        d.getString("sha256"), d.getInteger("pages"), d.getInteger("paragraphs"), d.getInteger("clauses"),
        d.getInteger("ruleBookVersion"), d.getString("by"), BsonFields.instant(d, "at"));
  }

  private static Document finding(ReviewFinding f) {
    Clause c = f.clause();
    return new Document("number", f.number()).append("clauseNumber", c.number()).append("page", c.page())
        .append("paragraph", c.paragraph()).append("offset", c.offset()).append("text", c.text())
        .append("spans", f.spans().stream().map(s -> List.of(s.start(), s.end())).toList())
        .append("ruleId", f.ruleId()).append("ruleVersion", f.ruleVersion()).append("category", f.category().name())
        .append("severity", f.severity().name()).append("title", bilingual(f.title()))
        .append("basis", bilingual(f.basis())).append("suggestion", bilingual(f.suggestion()))
        .append("measured", f.measured()).append("state", f.state().name()).append("decidedBy", f.decidedBy())
        .append("decidedAt", BsonFields.date(f.decidedAt())).append("reason", f.reason());
  }

  @SuppressWarnings("unchecked")
  private static ReviewFinding finding(Document d) {
    List<Span> spans = new ArrayList<>();
    for (Object s : d.getList("spans", Object.class)) {
      List<Integer> pair = (List<Integer>) s;
      spans.add(new Span(pair.get(0), pair.get(1)));
    }
    return new ReviewFinding(d.getInteger("number"), new Clause(d.getInteger("clauseNumber"), d.getInteger("page"),
        d.getInteger("paragraph"), d.getInteger("offset"), d.getString("text")), spans, d.getString("ruleId"),
        d.getInteger("ruleVersion"), ClauseCategory.valueOf(d.getString("category")),
        Severity.valueOf(d.getString("severity")), bilingual(d.get("title", Document.class)),
        bilingual(d.get("basis", Document.class)), bilingual(d.get("suggestion", Document.class)),
        d.getString("measured"), ReviewFinding.State.valueOf(d.getString("state")), d.getString("decidedBy"),
        BsonFields.instant(d, "decidedAt"), d.getString("reason"));
  }

  private static Document bilingual(Bilingual b) {
    return new Document("zh", b.zh()).append("en", b.en());
  }

  private static Bilingual bilingual(Document d) {
    return new Bilingual(d.getString("zh"), d.getString("en"));
  }

  private static Document rectification(Rectification r) {
    if (r == null) {
      return null;
    }
    return new Document("noticeNumber", r.noticeNumber()).append("addressees", r.addressees())
        .append("issuedBy", r.issuedBy()).append("issuedAt", BsonFields.date(r.issuedAt()))
        .append("dueDate", BsonFields.day(r.dueDate())).append("rectified", r.rectified())
        .append("answeredAt", BsonFields.date(r.answeredAt())).append("remaining", r.remaining());
  }

  private static DocumentReview review(Document d) {
    Document p = d.get("project", Document.class);
    Document r = d.get("rectification", Document.class);
    Rectification rectification = r == null ? null : new Rectification(r.getString("noticeNumber"),
        r.getString("addressees"), r.getString("issuedBy"), BsonFields.instant(r, "issuedAt"),
        BsonFields.localDate(r, "dueDate"), r.getBoolean("rectified", false), BsonFields.instant(r, "answeredAt"),
        BsonFields.strings(r, "remaining"));
    return new DocumentReview(d.getString("_id"), TenantId.of(d.getString("tenantId")),
        new ReviewedProject(p.getString("code"), p.getString("name"), p.getString("section"),
            p.getString("employer"), p.getString("agency"), amount(p, "estimate"), amount(p, "contractAmount")),
        BsonFields.documents(d, "files").stream().map(MongoDocumentReviewRepository::file).toList(),
        BsonFields.documents(d, "findings").stream().map(MongoDocumentReviewRepository::finding).toList(),
        rectification, BsonFields.number(d, "version"));
  }
}
