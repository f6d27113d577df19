package cn.ggzy.server.infrastructure.persistence.mongo.agency;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import cn.ggzy.server.domain.model.StateConflictException;
import cn.ggzy.server.domain.model.agency.Agency;
import cn.ggzy.server.domain.model.agency.AgencyRepository;
import cn.ggzy.server.domain.model.agency.Assessment;
import cn.ggzy.server.domain.model.agency.AssessmentMethod;
import cn.ggzy.server.domain.model.agency.IndicatorSource;
import cn.ggzy.server.infrastructure.persistence.mongo.BsonFields;
import cn.ggzy.tenants.RegionCode;
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
import org.bson.Document;

/** One document per agency ({@code <region>|<credit code>}), per region's method and per assessment. */
@ApplicationScoped
public class MongoAgencyRepository implements AgencyRepository {
  public static final String AGENCIES = "agencies";
  public static final String METHODS = "agency_methods";
  public static final String ASSESSMENTS = "agency_assessments";
  private MongoDatabase database;

  protected MongoAgencyRepository() {}

  @Inject
  public MongoAgencyRepository(MongoDatabase database) {
    this.database = database;
  }

  private MongoCollection<Document> collection(String name) {
    return database.getCollection(name);
  }

  private static String key(RegionCode region, String id) {
    return region.value() + "|" + id;
  }

  @Override
  public Optional<Agency> find(RegionCode region, String creditCode) {
    return Optional.ofNullable(collection(AGENCIES).find(new Document("_id", key(region, creditCode))).first())
        .map(MongoAgencyRepository::agency);
  }

  @Override
  public void store(RegionCode region, Agency a, long readVersion) {
    List<Document> staff = a.staff().stream().map(s -> new Document("name", s.name()).append("role", s.role())
        .append("certificate", s.certificate())).toList();
    List<Document> projects = a.projects().stream().map(p -> new Document("code", p.projectCode())
        .append("name", p.projectName()).append("department", p.department().value())).toList();
    Document d = new Document("_id", key(region, a.creditCode())).append("region", region.value())
        .append("creditCode", a.creditCode()).append("name", a.name()).append("contact", a.contact())
        .append("staff", staff).append("qualifications", a.qualifications()).append("projects", projects)
        .append("restrictedUntil", BsonFields.day(a.restrictedUntil())).append("restrictionReason",
            a.restrictionReason()).append("version", readVersion + 1);
    BsonFields.storeVersioned(collection(AGENCIES), d, "region", readVersion,
        () -> new StateConflictException("agency.exists", "creditCode"), "agency");
  }

  private static Agency agency(Document d) {
    List<Agency.Staff> staff = BsonFields.documents(d, "staff").stream().map(s -> new Agency.Staff(
        s.getString("name"), s.getString("role"), s.getString("certificate"))).toList();
    List<Agency.Project> projects = BsonFields.documents(d, "projects").stream().map(p -> new Agency.Project(
        p.getString("code"), p.getString("name"), TenantId.of(p.getString("department")))).toList();
    return new Agency(RegionCode.of(d.getString("region")), d.getString("creditCode"), d.getString("name"),
        d.getString("contact"), staff, BsonFields.strings(d, "qualifications"), projects,
        BsonFields.localDate(d, "restrictedUntil"), d.getString("restrictionReason"), BsonFields.number(d, "version"));
  }

  @Override
  public List<Agency> list(RegionCode region, int limit) {
    return collection(AGENCIES).find(eq("region", region.value())).sort(Sorts.ascending("name")).limit(limit)
        .map(MongoAgencyRepository::agency).into(new ArrayList<>());
  }

  @Override
  public Optional<AssessmentMethod> method(RegionCode region) {
    return Optional.ofNullable(collection(METHODS).find(new Document("_id", region.value())).first())
        .map(MongoAgencyRepository::method);
  }

  @Override
  public void storeMethod(RegionCode region, AssessmentMethod m, long readVersion) {
    List<Document> indicators = m.indicators().stream().map(i -> new Document("code", i.code())
        .append("nameZh", i.nameZh()).append("nameEn", i.nameEn()).append("source", i.source().name())
        .append("weight", i.weight()).append("perItem", i.perItem() == null ? null : i.perItem().toPlainString()))
        .toList();
    List<Document> grades = m.grades().stream().map(g -> new Document("grade", g.grade())
        .append("minimum", g.minimum())).toList();
    Document d = new Document("_id", region.value()).append("region", region.value()).append("indicators", indicators)
        .append("grades", grades).append("appealWorkingDays", m.appealWorkingDays())
        .append("restrictingGrade", m.restrictingGrade()).append("restrictionMonths", m.restrictionMonths())
        .append("version", readVersion + 1);
    BsonFields.storeVersioned(collection(METHODS), d, "region", readVersion,
        () -> new StateConflictException("agency.method.changed", "version"), "method");
  }

  private static AssessmentMethod method(Document d) {
    List<AssessmentMethod.Indicator> indicators = BsonFields.documents(d, "indicators").stream()
        .map(i -> new AssessmentMethod.Indicator(i.getString("code"), i.getString("nameZh"), i.getString("nameEn"),
            IndicatorSource.valueOf(i.getString("source")), i.getInteger("weight"),
            i.getString("perItem") == null ? null : new BigDecimal(i.getString("perItem")))).toList();
    List<AssessmentMethod.Grade> grades = BsonFields.documents(d, "grades").stream()
        .map(g -> new AssessmentMethod.Grade(g.getString("grade"), g.getInteger("minimum"))).toList();
    return new AssessmentMethod(RegionCode.of(d.getString("region")), indicators, grades,
        d.getInteger("appealWorkingDays"), d.getString("restrictingGrade"), d.getInteger("restrictionMonths"),
        BsonFields.number(d, "version"));
  }

  @Override
  public Optional<Assessment> assessment(RegionCode region, String id) {
    return Optional.ofNullable(collection(ASSESSMENTS).find(new Document("_id", key(region, id))).first())
        .map(MongoAgencyRepository::assessment);
  }

  @Override
  public void storeAssessment(RegionCode region, Assessment a, long readVersion) {
    List<Document> lines = a.lines().stream().map(l -> new Document("indicator", l.indicator())
        .append("name", l.name()).append("source", l.source().name()).append("weight", l.weight())
        .append("count", l.count()).append("points", l.points().toPlainString()).append("evidence", l.evidence())
        .append("note", l.note()).append("entered", l.entered())).toList();
    Document d = new Document("_id", key(region, a.id())).append("id", a.id()).append("region", region.value())
        .append("agencyCode", a.agencyCode()).append("agencyName", a.agencyName()).append("period", a.period())
        .append("from", BsonFields.day(a.from())).append("to", BsonFields.day(a.to()))
        .append("methodVersion", a.methodVersion()).append("lines", lines).append("total", a.total().toPlainString())
        .append("grade", a.grade()).append("state", a.state().name())
        .append("publishedOn", BsonFields.day(a.publishedOn())).append("appealDue", BsonFields.day(a.appealDue()))
        .append("appeal", a.appeal()).append("appealReceivedOn", BsonFields.day(a.appealReceivedOn()))
        .append("appealDecision", a.appealDecision()).append("appealUpheld", a.appealUpheld())
        .append("decidedBy", a.decidedBy()).append("finalAt", BsonFields.date(a.finalAt()))
        .append("version", readVersion + 1);
    BsonFields.storeVersioned(collection(ASSESSMENTS), d, "region", readVersion,
        () -> new StateConflictException("agency.assessment.exists", "period"), "assessment");
  }

  private static Assessment assessment(Document d) {
    List<Assessment.IndicatorScore> lines = BsonFields.documents(d, "lines").stream().map(l -> new Assessment.IndicatorScore(
        l.getString("indicator"), l.getString("name"), IndicatorSource.valueOf(l.getString("source")),
        l.getInteger("weight"), l.getInteger("count"), new BigDecimal(l.getString("points")),
        BsonFields.strings(l, "evidence"), l.getString("note"), Boolean.TRUE.equals(l.getBoolean("entered"))))
        .toList();
    return new Assessment(d.getString("id"), RegionCode.of(d.getString("region")), d.getString("agencyCode"),
        d.getString("agencyName"), d.getString("period"), BsonFields.localDate(d, "from"),
        BsonFields.localDate(d, "to"), BsonFields.number(d, "methodVersion"), lines,
        new BigDecimal(d.getString("total")), d.getString("grade"), Assessment.State.valueOf(d.getString("state")),
        BsonFields.localDate(d, "publishedOn"), BsonFields.localDate(d, "appealDue"), d.getString("appeal"),
        BsonFields.localDate(d, "appealReceivedOn"), d.getString("appealDecision"), d.getBoolean("appealUpheld"),
        d.getString("decidedBy"), BsonFields.instant(d, "finalAt"), BsonFields.number(d, "version"));
  }

  @Override
  public List<Assessment> assessments(RegionCode region, String period) {
    return collection(ASSESSMENTS).find(and(eq("region", region.value()), eq("period", period)))
        .map(MongoAgencyRepository::assessment).into(new ArrayList<>());
  }
}
