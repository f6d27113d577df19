package cn.ggzy.server.infrastructure.persistence.mongo.expert;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.ne;

import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.NotFoundException;
import cn.ggzy.server.domain.model.expert.Certificate;
import cn.ggzy.server.domain.model.expert.Expert;
import cn.ggzy.server.domain.model.expert.ExpertProfile;
import cn.ggzy.server.domain.model.expert.ExpertRepository;
import cn.ggzy.server.domain.model.expert.ExpertState;
import cn.ggzy.server.domain.service.IntakeSecrets;
import cn.ggzy.server.infrastructure.persistence.mongo.BsonFields;
import cn.ggzy.server.infrastructure.security.IdentityCipher;
import cn.ggzy.tenants.RegionCode;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.Binary;

/**
 * The experts of each region's pool, collection {@code experts}. The resident ID and phone are
 * stored encrypted (AES-GCM, bound to the expert's id); a keyed hash of the resident ID
 * ({@code residentKey}, HMAC under a key derived from the identity key) finds a person's entry
 * without decrypting, unique per region.
 */
@ApplicationScoped
public class MongoExpertRepository implements ExpertRepository {
  public static final String COLLECTION = "experts";
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
  private static final Bson DRAWABLE = in("state", ExpertState.ACTIVE.name(), ExpertState.SUSPENDED.name());
  private static final Bson WITHOUT_IDENTITY = new Document("secret", 0).append("residentKey", 0);

  private MongoDatabase database;
  private IdentityCipher cipher;
  private IntakeSecrets secrets;

  protected MongoExpertRepository() {}

  @Inject
  public MongoExpertRepository(MongoDatabase database, IdentityCipher cipher, IntakeSecrets secrets) {
    this.database = database;
    this.cipher = cipher;
    this.secrets = secrets;
  }

  private MongoCollection<Document> experts() {
    return database.getCollection(COLLECTION);
  }

  @Override
  public String nextId(RegionCode region) {
    StringBuilder id = new StringBuilder(region.value()).append("-E");
    for (int i = 0; i < 10; i++) {
      id.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return id.toString();
  }

  @Override
  public Optional<Expert> find(RegionCode region, String id) {
    return Optional.ofNullable(experts().find(new Document("_id", id).append("region", region.value())).first())
        .map(this::expert);
  }

  @Override
  public Expert store(RegionCode region, Expert expert) {
    if (!expert.region().equals(region)) {
      throw new NotFoundException("expertId");
    }
    BsonFields.storeVersioned(experts(), document(expert, expert.version() + 1), "region", expert.version(),
        () -> new DomainException("expert.application.duplicate", "residentId"), "expert");
    return expert.withVersion(expert.version() + 1);
  }

  @Override
  public List<Expert> list(RegionCode region, ExpertState state, int offset, int limit) {
    return experts().find(filter(region, state)).sort(Sorts.orderBy(Sorts.descending("appliedAt"),
        Sorts.ascending("_id"))).skip(offset).limit(limit).map(this::expert).into(new ArrayList<>());
  }

  @Override
  public long count(RegionCode region, ExpertState state) {
    return experts().countDocuments(filter(region, state));
  }

  @Override
  public List<Expert> pool(RegionCode region, Collection<String> specialties) {
    return experts().find(and(eq("region", region.value()), in("specialties", List.copyOf(specialties)), DRAWABLE))
        .projection(WITHOUT_IDENTITY).map(this::screened).into(new ArrayList<>());
  }

  @Override
  public List<Expert> shared(RegionCode except, Collection<String> specialties) {
    return experts().find(and(ne("region", except.value()), eq("shareConsent", true),
            in("specialties", List.copyOf(specialties)), DRAWABLE))
        .projection(WITHOUT_IDENTITY).map(this::screened).into(new ArrayList<>());
  }

  @Override
  public Optional<Expert> byResidentId(RegionCode region, String residentId) {
    return Optional.ofNullable(experts().find(new Document("region", region.value())
        .append("residentKey", key(residentId))).first()).map(this::expert);
  }

  @Override
  public boolean knows(RegionCode region, String residentId) {
    return experts().find(new Document("region", region.value()).append("residentKey", key(residentId)))
        .projection(new Document("_id", 1)).first() != null;
  }

  private static Bson filter(RegionCode region, ExpertState state) {
    return state == null ? eq("region", region.value()) : and(eq("region", region.value()), eq("state", state.name()));
  }

  private String key(String residentId) {
    return HexFormat.of().formatHex(secrets.mac("expert-resident-id", residentId));
  }

  private Document document(Expert e, long version) {
    ExpertProfile p = e.profile();
    List<Document> certificates = p.certificates().stream().map(c -> new Document("name", c.name())
        .append("number", c.number()).append("validUntil", BsonFields.day(c.validUntil()))).toList();
    return new Document("_id", e.id()).append("region", e.region().value()).append("state", e.state().name())
        .append("name", p.name()).append("birthDate", BsonFields.day(p.birthDate()))
        .append("secret", new Binary(cipher.encryptText(p.residentId() + "\n" + p.phone(), e.id())))
        .append("residentKey", key(p.residentId()))
        .append("employer", p.employer()).append("title", p.title()).append("specialties", p.specialties())
        .append("certificates", certificates).append("conflicts", p.conflicts())
        .append("shareConsent", p.shareConsent()).append("appliedAt", BsonFields.date(e.appliedAt()))
        .append("decidedBy", e.decidedBy()).append("decidedAt", BsonFields.date(e.decidedAt())).append("note", e.note())
        .append("suspendedUntil", BsonFields.day(e.suspendedUntil())).append("reviewDue", BsonFields.day(e.reviewDue()))
        .append("penalties", e.penalties()).append("version", version);
  }

  private Expert expert(Document d) {
    String id = d.getString("_id");
    return expert(d, cipher.decryptText(d.get("secret", Binary.class).getData(), id).split("\n", 2));
  }

  /** An expert read for screening: no identity decrypted. */
  private Expert screened(Document d) {
    return expert(d, new String[] {"", ""});
  }

  private Expert expert(Document d, String[] secret) {
    String id = d.getString("_id");
    List<Certificate> certificates = BsonFields.documents(d, "certificates").stream().map(c -> new Certificate(
        c.getString("name"), c.getString("number"), BsonFields.localDate(c, "validUntil"))).toList();
    ExpertProfile profile = new ExpertProfile(d.getString("name"), secret[0], BsonFields.localDate(d, "birthDate"),
        secret.length > 1 ? secret[1] : "", d.getString("employer"), d.getString("title"), BsonFields.strings(d, "specialties"),
        certificates, BsonFields.strings(d, "conflicts"), Boolean.TRUE.equals(d.getBoolean("shareConsent")));
    return new Expert(id, RegionCode.of(d.getString("region")), ExpertState.valueOf(d.getString("state")), profile,
        BsonFields.instant(d, "appliedAt"), d.getString("decidedBy"), BsonFields.instant(d, "decidedAt"), d.getString("note"),
        BsonFields.localDate(d, "suspendedUntil"), BsonFields.localDate(d, "reviewDue"), BsonFields.strings(d, "penalties"),
        BsonFields.number(d, "version"));
  }
}
