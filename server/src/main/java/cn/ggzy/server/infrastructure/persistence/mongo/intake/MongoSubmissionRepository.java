package cn.ggzy.server.infrastructure.persistence.mongo.intake;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;

import cn.ggzy.server.domain.model.enforcement.Industry;
import cn.ggzy.server.domain.model.intake.EvidenceFile;
import cn.ggzy.server.domain.model.intake.FilerIdentity;
import cn.ggzy.server.domain.model.intake.Submission;
import cn.ggzy.server.domain.model.intake.SubmissionDetails;
import cn.ggzy.server.domain.model.intake.SubmissionMessage;
import cn.ggzy.server.domain.model.intake.SubmissionRepository;
import cn.ggzy.server.infrastructure.persistence.mongo.MongoConnection;
import cn.ggzy.server.infrastructure.security.IdentityCipher;
import cn.ggzy.tenants.RegionCode;
import cn.ggzy.tenants.TenantId;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.types.Binary;

/**
 * Submissions as MongoDB documents under their receipt number; the identity is one AES-GCM
 * ciphertext ({@code identity}), nothing of it in clear. A submission waiting for its case also
 * has a marker in {@code intake_pending}, written before the submission itself, so that the
 * registration job finds every waiting one by reading that small collection.
 */
@ApplicationScoped
public class MongoSubmissionRepository implements SubmissionRepository {
  private MongoConnection mongo;
  private IdentityCipher cipher;

  protected MongoSubmissionRepository() {}

  @Inject
  public MongoSubmissionRepository(MongoConnection mongo, IdentityCipher cipher) {
    this.mongo = mongo;
    this.cipher = cipher;
  }

  private MongoCollection<Document> submissions() {
    return IntakeCollections.collection(mongo, IntakeCollections.SUBMISSIONS);
  }

  private MongoCollection<Document> pending() {
    return IntakeCollections.collection(mongo, IntakeCollections.PENDING);
  }

  @Override
  public Optional<Submission> insert(Submission s) {
    if (!s.registered()) {
      try {
        pending().insertOne(new Document("_id", s.receiptNumber()).append("at", s.receivedAt().toEpochMilli()));
      } catch (MongoWriteException e) {
        if (!IntakeCollections.duplicate(e)) {
          throw e;
        }
        // marked by an earlier attempt
      }
    }
    try {
      submissions().insertOne(document(s, 1));
    } catch (MongoWriteException e) {
      if (!IntakeCollections.duplicate(e)) {
        throw e;
      }
      mongo.awaitDurable();
      return find(s.receiptNumber());
    }
    mongo.awaitDurable();
    return Optional.empty();
  }

  @Override
  public Optional<Submission> find(String receiptNumber) {
    Document d = submissions().find(eq("_id", receiptNumber)).first();
    return Optional.ofNullable(d).map(this::submission);
  }

  @Override
  public boolean replace(Submission s) {
    boolean replaced = compareAndSet(s);
    if (replaced) {
      mongo.awaitDurable();
    }
    return replaced;
  }

  @Override
  public boolean replaceLazily(Submission s) {
    return compareAndSet(s);
  }

  /** Replaces the submission at the version read (exact keys: the unique index receipt_version answers it). */
  private boolean compareAndSet(Submission s) {
    Document guard = new Document("_id", s.receiptNumber()).append("version", s.version());
    return submissions().replaceOne(guard, document(s, s.version() + 1)).getModifiedCount() == 1;
  }

  @Override
  public List<String> waitingForCase(Instant olderThan, int limit) {
    List<String> receipts = new ArrayList<>();
    pending().find(lt("at", olderThan.toEpochMilli())).limit(limit)
        .forEach(d -> receipts.add(d.getString("_id")));
    return receipts;
  }

  @Override
  public long waitingCount() {
    return pending().countDocuments();
  }

  @Override
  public void caseRegistered(String receiptNumber) {
    pending().deleteOne(eq("_id", receiptNumber));
  }

  @Override
  public List<String> allReceipts() {
    List<String> receipts = new ArrayList<>();
    submissions().find().projection(new Document("_id", 1)).forEach(d -> receipts.add(d.getString("_id")));
    return receipts;
  }

  private Document document(Submission s, long version) {
    SubmissionDetails d = s.details();
    Document details = new Document("respondent", d.respondent()).append("projectCode", d.projectCode())
        .append("projectName", d.projectName()).append("section", d.section())
        .append("industry", d.industry() == null ? null : d.industry().name()).append("matter", d.matter())
        .append("objectionSubject", d.objectionSubject())
        .append("objectionRaisedOn", date(d.objectionRaisedOn())).append("facts", d.facts())
        .append("request", d.request()).append("learnedOn", date(d.learnedOn()))
        .append("respondentContact", d.respondentContact());
    List<Document> files = s.files().stream().map(f -> new Document("id", f.id()).append("role", f.role())
        .append("fileName", f.fileName()).append("contentType", f.contentType()).append("size", f.size())
        .append("sha256", f.sha256()).append("uploadedAt", f.uploadedAt().toEpochMilli())
        .append("storageId", f.storageId())).toList();
    List<Document> messages = s.messages().stream().map(m -> new Document("id", m.id())
        .append("author", m.author()).append("at", m.at().toEpochMilli()).append("text", m.text())
        .append("fileIds", m.fileIds()).append("officer", m.officer()).append("keyHash", m.keyHash())).toList();
    return new Document("_id", s.receiptNumber()).append("region", s.region().value())
        .append("tenantId", s.owner() == null ? null : s.owner().value()).append("kind", s.kind())
        .append("receivedAt", s.receivedAt().toEpochMilli()).append("late", s.late())
        .append("keyHash", s.keyHash()).append("fingerprint", s.fingerprint())
        .append("accessCodeHash", s.accessCodeHash())
        .append("identity", new Binary(cipher.encrypt(s.identity(), s.receiptNumber())))
        .append("details", details).append("files", files).append("messages", messages)
        .append("caseId", s.caseId()).append("caseNumber", s.caseNumber()).append("version", version);
  }

  private Submission submission(Document doc) {
    String receipt = doc.getString("_id");
    Document d = doc.get("details", Document.class);
    String industry = d.getString("industry");
    SubmissionDetails details = new SubmissionDetails(d.getString("respondent"), d.getString("projectCode"),
        d.getString("projectName"), d.getString("section"), industry == null ? null : Industry.valueOf(industry),
        d.getString("matter"), d.getString("objectionSubject"), localDate(d.getString("objectionRaisedOn")),
        d.getString("facts"), d.getString("request"), localDate(d.getString("learnedOn")),
        d.getString("respondentContact"));
    List<EvidenceFile> files = new ArrayList<>();
    for (Document f : doc.getList("files", Document.class, List.of())) {
      files.add(new EvidenceFile(f.getString("id"), f.getString("role"), f.getString("fileName"),
          f.getString("contentType"), number(f.get("size")), f.getString("sha256"),
          Instant.ofEpochMilli(number(f.get("uploadedAt"))), f.getString("storageId")));
    }
    List<SubmissionMessage> messages = new ArrayList<>();
    for (Document m : doc.getList("messages", Document.class, List.of())) {
      messages.add(new SubmissionMessage(m.getString("id"), m.getString("author"),
          Instant.ofEpochMilli(number(m.get("at"))), m.getString("text"), m.getList("fileIds", String.class),
          m.getString("officer"), m.getString("keyHash")));
    }
    FilerIdentity identity = cipher.decrypt(doc.get("identity", Binary.class).getData(), receipt);
    String tenant = doc.getString("tenantId");
    return new Submission(receipt, RegionCode.of(doc.getString("region")), doc.getString("kind"),
        Instant.ofEpochMilli(number(doc.get("receivedAt"))), doc.getBoolean("late", false), doc.getString("keyHash"),
        doc.getString("fingerprint"), doc.getString("accessCodeHash"), identity, details, files, messages,
        doc.getString("caseId"), doc.getString("caseNumber"), tenant == null ? null : TenantId.of(tenant),
        number(doc.get("version")));
  }

  private static long number(Object value) {
    return ((Number) value).longValue();
  }

  private static String date(LocalDate d) {
    return d == null ? null : d.toString();
  }

  private static LocalDate localDate(String s) {
    return s == null ? null : LocalDate.parse(s);
  }
}
