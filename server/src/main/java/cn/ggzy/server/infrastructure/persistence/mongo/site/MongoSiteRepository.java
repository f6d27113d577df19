package cn.ggzy.server.infrastructure.persistence.mongo.site;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import cn.ggzy.server.domain.model.StateConflictException;
import cn.ggzy.server.domain.model.geography.GeoPoint;
import cn.ggzy.server.domain.model.geography.Geofence;
import cn.ggzy.server.domain.model.site.AbsenceWarning;
import cn.ggzy.server.domain.model.site.AttendancePolicy;
import cn.ggzy.server.domain.model.site.AttendanceRule;
import cn.ggzy.server.domain.model.site.CheckIn;
import cn.ggzy.server.domain.model.site.CheckInOutcome;
import cn.ggzy.server.domain.model.site.KeyPerson;
import cn.ggzy.server.domain.model.site.LivenessChallenge;
import cn.ggzy.server.domain.model.site.SiteRepository;
import cn.ggzy.server.domain.model.site.SupervisedProject;
import cn.ggzy.server.domain.service.IntakeSecrets;
import cn.ggzy.server.domain.service.WorkingCalendar;
import cn.ggzy.server.infrastructure.persistence.mongo.BsonFields;
import cn.ggzy.server.infrastructure.security.IdentityCipher;
import cn.ggzy.tenants.RegionCode;
import cn.ggzy.tenants.TenantId;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.types.Binary;

/**
 * The supervised projects ({@code site_projects}), key personnel ({@code site_people}, identity and face
 * encrypted, resident ID as a keyed digest for the 挂证 screen), check-in tokens by their hash
 * ({@code site_tokens}), challenges ({@code site_challenges}, deleted when taken), check-ins
 * ({@code site_checkins}) and, so that every hot read is by key, the check-in ids per person and day and per
 * project and day, the person's latest check-in, the frames' hashes per person and month and the frames by
 * SHA-256 ({@code site_index}), and the departments' attendance policies ({@code site_policies}).
 */
@ApplicationScoped
public class MongoSiteRepository implements SiteRepository {
  public static final String PROJECTS = "site_projects";
  public static final String PEOPLE = "site_people";
  public static final String TOKENS = "site_tokens";
  public static final String CHALLENGES = "site_challenges";
  public static final String CHECK_INS = "site_checkins";
  public static final String INDEX = "site_index";
  public static final String POLICIES = "site_policies";
  public static final String WARNINGS = "site_absences";
  private static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final ReplaceOptions UPSERT_REPLACE = new ReplaceOptions().upsert(true);
  private MongoDatabase database;
  private IdentityCipher cipher;
  private IntakeSecrets secrets;

  protected MongoSiteRepository() {}

  @Inject
  public MongoSiteRepository(MongoDatabase database, IdentityCipher cipher, IntakeSecrets secrets) {
    this.database = database;
    this.cipher = cipher;
    this.secrets = secrets;
  }

  private MongoCollection<Document> collection(String name) {
    return database.getCollection(name);
  }

  @Override
  public String nextId(TenantId department, String prefix) {
    StringBuilder id = new StringBuilder(department.value()).append('~').append(prefix).append('-');
    for (int i = 0; i < 10; i++) {
      id.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return id.toString();
  }

  // ---------------------------------------------------------------- projects

  @Override
  public Optional<SupervisedProject> project(TenantId department, String id) {
    return Optional.ofNullable(collection(PROJECTS).find(new Document("_id", id)).first())
        .filter(d -> department.value().equals(d.getString("department"))).map(MongoSiteRepository::project);
  }

  @Override
  public void store(SupervisedProject p, long readVersion) {
    List<Document> site = p.site().vertices().stream().map(v -> new Document("lat", v.latitude())
        .append("lon", v.longitude())).toList();
    Document d = new Document("_id", p.id()).append("department", p.department().value())
        .append("region", p.department().region().value()).append("projectCode", p.projectCode())
        .append("section", p.sectionName()).append("employer", p.employer()).append("employerPhone", p.employerPhone()).append("winnerCode", p.winnerCode())
        .append("winnerName", p.winnerName()).append("amount", p.contractAmount().toPlainString())
        .append("startDay", BsonFields.day(p.startDay())).append("endDay", BsonFields.day(p.endDay()))
        .append("site", site).append("address", p.address()).append("workStart", p.workStart().toString())
        .append("workEnd", p.workEnd().toString()).append("state", p.state().name())
        .append("createdAt", BsonFields.date(p.createdAt())).append("createdBy", p.createdBy())
        .append("version", p.version());
    BsonFields.storeVersioned(collection(PROJECTS), d, "department", readVersion,
        () -> new StateConflictException("site.project.exists", "projectCode"), "project");
  }

  private static SupervisedProject project(Document d) {
    List<GeoPoint> site = BsonFields.documents(d, "site").stream()
        .map(v -> new GeoPoint(v.getDouble("lat"), v.getDouble("lon"))).toList();
    return new SupervisedProject(TenantId.of(d.getString("department")), d.getString("_id"), d.getString("projectCode"),
        d.getString("section"), d.getString("employer"), d.getString("employerPhone"), d.getString("winnerCode"), d.getString("winnerName"),
        new BigDecimal(d.getString("amount")), BsonFields.localDate(d, "startDay"), BsonFields.localDate(d, "endDay"),
        new Geofence(site), d.getString("address"), LocalTime.parse(d.getString("workStart")),
        LocalTime.parse(d.getString("workEnd")), SupervisedProject.State.valueOf(d.getString("state")),
        BsonFields.instant(d, "createdAt"), d.getString("createdBy"), BsonFields.number(d, "version"));
  }

  @Override
  public List<SupervisedProject> projects(TenantId department, int limit) {
    return collection(PROJECTS).find(eq("department", department.value())).limit(limit)
        .map(MongoSiteRepository::project).into(new ArrayList<>());
  }

  // ---------------------------------------------------------------- people

  private String residentKey(String residentId) {
    return HexFormat.of().formatHex(secrets.mac("site-resident-id", residentId));
  }

  @Override
  public Optional<KeyPerson> person(TenantId department, String id) {
    return Optional.ofNullable(collection(PEOPLE).find(new Document("_id", id)).first())
        .filter(d -> department.value().equals(d.getString("department"))).map(this::person);
  }

  @Override
  public void store(KeyPerson k, long readVersion) {
    ByteBuffer face = ByteBuffer.allocate(k.face().length * 4);
    for (float f : k.face()) {
      face.putFloat(f);
    }
    String secret = k.residentId() + "\n" + k.phone() + "\n" + Base64.getEncoder().encodeToString(face.array());
    Document replacement = k.replacement() == null ? null : new Document("request", k.replacement().employerRequest())
        .append("reason", k.replacement().reason()).append("successor", k.replacement().successorId())
        .append("approvedBy", k.replacement().approvedBy())
        .append("approvedAt", BsonFields.date(k.replacement().approvedAt()));
    Document d = new Document("_id", k.id()).append("department", k.department().value())
        .append("region", k.department().region().value()).append("projectId", k.projectId()).append("role", k.role())
        .append("name", k.name()).append("secret", new Binary(cipher.encryptText(secret, k.id())))
        .append("residentKey", residentKey(k.residentId())).append("certificate", k.certificate())
        .append("photoId", k.photoId()).append("faceModel", k.faceModel())
        .append("enrolledAt", BsonFields.date(k.enrolledAt())).append("enrolledBy", k.enrolledBy())
        .append("tokenHash", k.tokenHash()).append("active", k.active()).append("replacement", replacement)
        .append("version", k.version());
    Optional<KeyPerson> before = readVersion == 0 ? Optional.empty() : person(k.department(), k.id());
    BsonFields.storeVersioned(collection(PEOPLE), d, "department", readVersion,
        () -> new StateConflictException("site.person.exists", "personId"), "person");
    String oldToken = before.map(KeyPerson::tokenHash).orElse(null);
    if (oldToken != null && !oldToken.equals(k.tokenHash())) {
      collection(TOKENS).deleteOne(new Document("_id", oldToken));
    }
    if (k.tokenHash() != null) {
      collection(TOKENS).replaceOne(new Document("_id", k.tokenHash()), new Document("_id", k.tokenHash())
          .append("department", k.department().value()).append("personId", k.id()), UPSERT_REPLACE);
    }
  }

  private KeyPerson person(Document d) {
    String id = d.getString("_id");
    String[] secret = cipher.decryptText(d.get("secret", Binary.class).getData(), id).split("\n", 3);
    ByteBuffer bytes = ByteBuffer.wrap(Base64.getDecoder().decode(secret[2]));
    float[] face = new float[bytes.remaining() / 4];
    for (int i = 0; i < face.length; i++) {
      face[i] = bytes.getFloat();
    }
    Document r = d.get("replacement", Document.class);
    KeyPerson.Replacement replacement = r == null ? null : new KeyPerson.Replacement(r.getString("request"),
        r.getString("reason"), r.getString("successor"), r.getString("approvedBy"), BsonFields.instant(r, "approvedAt"));
    return new KeyPerson(TenantId.of(d.getString("department")), d.getString("projectId"), id, d.getString("role"),
        d.getString("name"), secret[0], d.getString("certificate"), secret[1], face, d.getString("photoId"),
        d.getString("faceModel"), BsonFields.instant(d, "enrolledAt"), d.getString("enrolledBy"),
        d.getString("tokenHash"), replacement, BsonFields.number(d, "version"));
  }

  @Override
  public List<KeyPerson> people(TenantId department, String projectId) {
    return collection(PEOPLE).find(and(eq("department", department.value()), eq("projectId", projectId)))
        .map(this::person).into(new ArrayList<>());
  }

  @Override
  public Optional<KeyPerson> byTokenHash(String tokenHash) {
    Document t = collection(TOKENS).find(new Document("_id", tokenHash)).first();
    if (t == null) {
      return Optional.empty();
    }
    return person(TenantId.of(t.getString("department")), t.getString("personId"))
        .filter(k -> tokenHash.equals(k.tokenHash()));
  }

  @Override
  public List<KeyPerson> activeByResidentId(RegionCode region, String residentId) {
    return collection(PEOPLE).find(and(eq("region", region.value()), eq("residentKey", residentKey(residentId)),
        eq("active", true))).map(this::person).into(new ArrayList<>());
  }

  // ---------------------------------------------------------------- challenges

  @Override
  public void issue(LivenessChallenge c) {
    collection(CHALLENGES).insertOne(new Document("_id", c.id()).append("department", c.department().value())
        .append("personId", c.personId()).append("action", c.action().name())
        .append("issuedAt", BsonFields.date(c.issuedAt())).append("expiresAt", BsonFields.date(c.expiresAt())));
  }

  @Override
  public Optional<LivenessChallenge> take(TenantId department, String id) {
    Document d = collection(CHALLENGES).findOneAndDelete(new Document("_id", id));
    if (d == null || !department.value().equals(d.getString("department"))) {
      return Optional.empty();
    }
    return Optional.of(new LivenessChallenge(department, id, d.getString("personId"),
        LivenessChallenge.Action.valueOf(d.getString("action")), BsonFields.instant(d, "issuedAt"),
        BsonFields.instant(d, "expiresAt")));
  }

  // ---------------------------------------------------------------- check-ins

  private static String day(Instant at) {
    return LocalDate.ofInstant(at, WorkingCalendar.ZONE).toString();
  }

  @Override
  public void store(CheckIn c) {
    List<Document> frames = c.frames().stream().map(f -> new Document("evidenceId", f.evidenceId())
        .append("sha256", f.sha256()).append("dhash", f.differenceHash())).toList();
    List<Document> findings = c.findings().stream().map(f -> new Document("code", f.code())
        .append("detail", f.detail())).toList();
    Document d = new Document("_id", c.id()).append("department", c.department().value())
        .append("projectId", c.projectId()).append("personId", c.personId()).append("role", c.role())
        .append("at", BsonFields.date(c.at())).append("deviceTime", BsonFields.date(c.deviceTime()))
        .append("lat", c.position().latitude()).append("lon", c.position().longitude())
        .append("accuracy", c.accuracyMeters()).append("challenge", c.challenge() == null ? null : c.challenge().name())
        .append("frames", frames).append("faceModel", c.faceModel()).append("faceDistance", c.faceDistance())
        .append("outside", c.distanceOutsideMeters()).append("outcome", c.outcome().name())
        .append("findings", findings);
    try {
      collection(CHECK_INS).insertOne(d);
    } catch (MongoWriteException e) {
      if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
        throw new StateConflictException("site.checkIn.exists", "id");
      }
      throw e;
    }
    String dept = c.department().value();
    MongoCollection<Document> index = collection(INDEX);
    UpdateOptions upsert = new UpdateOptions().upsert(true);
    index.updateOne(new Document("_id", dept + "|pd|" + c.personId() + "|" + day(c.at())),
        Updates.push("ids", c.id()), upsert);
    List<Document> prints = c.frames().stream().map(f -> new Document("id", c.id()).append("sha256", f.sha256())
        .append("dhash", f.differenceHash())).toList();
    index.updateOne(new Document("_id", dept + "|jd|" + c.projectId() + "|" + day(c.at())),
        Updates.combine(Updates.push("ids", c.id()), Updates.pushEach("prints", prints)), upsert);
    index.updateOne(new Document("_id", dept + "|pm|" + c.personId() + "|" + YearMonth.from(
        LocalDate.ofInstant(c.at(), WorkingCalendar.ZONE))), Updates.pushEach("prints", prints), upsert);
    index.replaceOne(new Document("_id", dept + "|latest|" + c.personId()), new Document("_id",
        dept + "|latest|" + c.personId()).append("id", c.id()), UPSERT_REPLACE);
    for (CheckIn.Frame f : c.frames()) {
      index.updateOne(new Document("_id", dept + "|sha|" + f.sha256()), Updates.addToSet("ids", c.id()), upsert);
    }
  }

  private Optional<CheckIn> checkIn(TenantId department, String id) {
    return Optional.ofNullable(collection(CHECK_INS).find(new Document("_id", id)).first())
        .filter(d -> department.value().equals(d.getString("department"))).map(MongoSiteRepository::checkIn);
  }

  private static CheckIn checkIn(Document d) {
    List<CheckIn.Frame> frames = BsonFields.documents(d, "frames").stream().map(f -> new CheckIn.Frame(
        f.getString("evidenceId"), f.getString("sha256"), f.getString("dhash"))).toList();
    List<CheckIn.RuleFinding> findings = BsonFields.documents(d, "findings").stream()
        .map(f -> new CheckIn.RuleFinding(f.getString("code"), f.getString("detail"))).toList();
    String challenge = d.getString("challenge");
    return new CheckIn(TenantId.of(d.getString("department")), d.getString("_id"), d.getString("projectId"),
        d.getString("personId"), d.getString("role"), BsonFields.instant(d, "at"), BsonFields.instant(d, "deviceTime"),
        new GeoPoint(d.getDouble("lat"), d.getDouble("lon")), d.getDouble("accuracy"),
        challenge == null ? null : LivenessChallenge.Action.valueOf(challenge), frames, d.getString("faceModel"),
        d.getDouble("faceDistance"), d.getDouble("outside"), CheckInOutcome.valueOf(d.getString("outcome")), findings);
  }

  private List<CheckIn> byDays(TenantId department, String kind, String owner, Instant from, Instant to) {
    List<CheckIn> found = new ArrayList<>();
    LocalDate last = LocalDate.ofInstant(to.minusNanos(1), WorkingCalendar.ZONE);
    for (LocalDate d = LocalDate.ofInstant(from, WorkingCalendar.ZONE); !d.isAfter(last); d = d.plusDays(1)) {
      Document ids = collection(INDEX).find(new Document("_id", department.value() + "|" + kind + "|" + owner + "|" + d))
          .first();
      if (ids == null) {
        continue;
      }
      for (String id : BsonFields.strings(ids, "ids")) {
        checkIn(department, id).filter(c -> !c.at().isBefore(from) && c.at().isBefore(to)).ifPresent(found::add);
      }
    }
    found.sort((a, b) -> a.at().compareTo(b.at()));
    return found;
  }

  @Override
  public List<CheckIn> checkIns(TenantId department, String personId, Instant from, Instant to) {
    return byDays(department, "pd", personId, from, to);
  }

  @Override
  public List<CheckIn> projectCheckIns(TenantId department, String projectId, Instant from, Instant to) {
    return byDays(department, "jd", projectId, from, to);
  }

  @Override
  public Optional<CheckIn> latest(TenantId department, String personId) {
    Document d = collection(INDEX).find(new Document("_id", department.value() + "|latest|" + personId)).first();
    return d == null ? Optional.empty() : checkIn(department, d.getString("id"));
  }

  @Override
  public List<Fingerprint> fingerprints(TenantId department, String projectId, String personId, List<String> sha256s,
      Instant at) {
    String dept = department.value();
    List<Fingerprint> found = new ArrayList<>();
    for (String sha : sha256s) {
      Document d = collection(INDEX).find(new Document("_id", dept + "|sha|" + sha)).first();
      if (d != null) {
        BsonFields.strings(d, "ids").forEach(id -> found.add(new Fingerprint(id, sha, "")));
      }
    }
    YearMonth month = YearMonth.from(LocalDate.ofInstant(at, WorkingCalendar.ZONE));
    List<String> keys = List.of(dept + "|pm|" + personId + "|" + month.minusMonths(1),
        dept + "|pm|" + personId + "|" + month, dept + "|jd|" + projectId + "|" + day(at));
    for (String key : keys) {
      Document d = collection(INDEX).find(new Document("_id", key)).first();
      if (d != null) {
        BsonFields.documents(d, "prints").forEach(p -> found.add(new Fingerprint(p.getString("id"),
            p.getString("sha256"), p.getString("dhash"))));
      }
    }
    return found;
  }

  // ---------------------------------------------------------------- absence warnings

  @Override
  public boolean store(AbsenceWarning w, long readVersion) {
    Document d = new Document("_id", w.department().value() + "~" + w.id()).append("id", w.id())
        .append("department", w.department().value()).append("projectId", w.projectId())
        .append("personId", w.personId()).append("role", w.role()).append("monday", BsonFields.day(w.monday()))
        .append("workingDays", w.workingDays()).append("required", w.required()).append("onSiteDays", w.onSiteDays())
        .append("caseProposed", w.caseProposed()).append("state", w.state().name())
        .append("raisedAt", BsonFields.date(w.raisedAt())).append("decidedBy", w.decidedBy())
        .append("decidedAt", BsonFields.date(w.decidedAt())).append("reason", w.reason()).append("caseId", w.caseId())
        .append("caseNumber", w.caseNumber()).append("creditRecordId", w.creditRecordId())
        .append("version", w.version());
    try {
      BsonFields.storeVersioned(collection(WARNINGS), d, "department", readVersion,
          () -> new StateConflictException("site.absence.exists", "id"), "warning");
    } catch (StateConflictException e) {
      if (readVersion == 0) {
        return false;
      }
      throw e;
    }
    if (readVersion == 0) {
      collection(INDEX).updateOne(new Document("_id", w.department().value() + "|aw|" + w.personId()),
          Updates.addToSet("ids", w.id()), new UpdateOptions().upsert(true));
    }
    return true;
  }

  @Override
  public Optional<AbsenceWarning> warning(TenantId department, String id) {
    return Optional.ofNullable(collection(WARNINGS).find(new Document("_id", department.value() + "~" + id)).first())
        .map(MongoSiteRepository::warning);
  }

  private static AbsenceWarning warning(Document d) {
    return new AbsenceWarning(TenantId.of(d.getString("department")), d.getString("id"), d.getString("projectId"),
        d.getString("personId"), d.getString("role"), BsonFields.localDate(d, "monday"), d.getInteger("workingDays"),
        d.getInteger("required"), d.getInteger("onSiteDays"), d.getBoolean("caseProposed"),
        AbsenceWarning.State.valueOf(d.getString("state")), BsonFields.instant(d, "raisedAt"), d.getString("decidedBy"),
        BsonFields.instant(d, "decidedAt"), d.getString("reason"), d.getString("caseId"), d.getString("caseNumber"),
        d.getString("creditRecordId"), BsonFields.number(d, "version"));
  }

  @Override
  public List<AbsenceWarning> warnings(TenantId department, int limit) {
    return collection(WARNINGS).find(eq("department", department.value()))
        .sort(Sorts.descending("monday")).limit(limit).map(MongoSiteRepository::warning).into(new ArrayList<>());
  }

  @Override
  public List<AbsenceWarning> warningsOf(TenantId department, String personId, LocalDate fromMonday) {
    Document ids = collection(INDEX).find(new Document("_id", department.value() + "|aw|" + personId)).first();
    List<AbsenceWarning> found = new ArrayList<>();
    if (ids != null) {
      for (String id : BsonFields.strings(ids, "ids")) {
        warning(department, id).filter(w -> !w.monday().isBefore(fromMonday)).ifPresent(found::add);
      }
    }
    return found;
  }

  @Override
  public boolean markJudged(RegionCode region, LocalDate monday) {
    try {
      collection(INDEX).insertOne(new Document("_id", region.value() + "|judged|" + monday));
      return true;
    } catch (MongoWriteException e) {
      if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
        return false;
      }
      throw e;
    }
  }

  // ---------------------------------------------------------------- policies

  @Override
  public Optional<AttendancePolicy> policy(TenantId department) {
    Document d = collection(POLICIES).find(new Document("_id", department.value())).first();
    if (d == null) {
      return Optional.empty();
    }
    List<AttendanceRule> rules = BsonFields.documents(d, "rules").stream().map(r -> new AttendanceRule(
        r.getString("role"), r.getString("nameZh"), r.getString("nameEn"), r.getInteger("checkInsPerDay"),
        r.getInteger("hoursApart"), r.getInteger("daysPerWeek"))).toList();
    return Optional.of(new AttendancePolicy(department, rules, BsonFields.number(d, "version")));
  }

  @Override
  public void store(AttendancePolicy policy, long readVersion) {
    List<Document> rules = policy.rules().stream().map(r -> new Document("role", r.role()).append("nameZh", r.nameZh())
        .append("nameEn", r.nameEn()).append("checkInsPerDay", r.checkInsPerDay()).append("hoursApart", r.hoursApart())
        .append("daysPerWeek", r.daysPerWeek())).toList();
    Document d = new Document("_id", policy.department().value()).append("department", policy.department().value())
        .append("rules", rules).append("version", policy.version());
    BsonFields.storeVersioned(collection(POLICIES), d, "department", readVersion,
        () -> new StateConflictException("site.policy.changed", "version"), "policy");
  }
}
