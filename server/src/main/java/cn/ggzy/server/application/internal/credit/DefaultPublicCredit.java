package cn.ggzy.server.application.internal.credit;

import cn.ggzy.server.application.CreditViews.Page;
import cn.ggzy.server.application.PublicCredit;
import cn.ggzy.server.application.PublicCreditViews.PublicBlackEntry;
import cn.ggzy.server.application.PublicCreditViews.PublicRedEntry;
import cn.ggzy.server.application.PublicCreditViews.PublicRepair;
import cn.ggzy.server.application.PublicCreditViews.PublicSubject;
import cn.ggzy.server.application.PublicCreditViews.PublicSubjectDetail;
import cn.ggzy.server.application.PublicCreditViews.RepairTarget;
import cn.ggzy.server.application.TenantDirectory;
import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.NotFoundException;
import cn.ggzy.server.domain.model.credit.BlacklistEntry;
import cn.ggzy.server.domain.model.credit.BlacklistRepository;
import cn.ggzy.server.domain.model.credit.CreditSubject;
import cn.ggzy.server.domain.model.credit.EntryId;
import cn.ggzy.server.domain.model.credit.EntryStatus;
import cn.ggzy.server.domain.model.credit.PublicQuery;
import cn.ggzy.server.domain.model.credit.RedListEntry;
import cn.ggzy.server.domain.model.credit.RedListRepository;
import cn.ggzy.server.domain.model.credit.RepairApplication;
import cn.ggzy.server.domain.model.credit.RepairRepository;
import cn.ggzy.server.domain.model.credit.RepairStatus;
import cn.ggzy.server.domain.model.credit.SubjectId;
import cn.ggzy.server.domain.model.credit.SubjectRepository;
import cn.ggzy.tenants.Department;
import cn.ggzy.tenants.RegionCode;
import cn.ggzy.tenants.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The public reads; every answer is built from public fields only (see {@code PublicCreditViews}). */
@ApplicationScoped
public class DefaultPublicCredit implements PublicCredit {
  private BlacklistRepository blacklist;
  private RedListRepository redlist;
  private SubjectRepository subjects;
  private RepairRepository repairs;
  private TenantDirectory directory;
  private Clock clock;

  protected DefaultPublicCredit() {}

  @Inject
  public DefaultPublicCredit(BlacklistRepository blacklist, RedListRepository redlist, SubjectRepository subjects,
      RepairRepository repairs, TenantDirectory directory, Clock clock) {
    this.blacklist = blacklist;
    this.redlist = redlist;
    this.subjects = subjects;
    this.repairs = repairs;
    this.directory = directory;
    this.clock = clock;
  }

  @Override
  public Page<PublicBlackEntry> blacklist(ListRequest request) {
    PublicQuery query = query(request);
    List<PublicBlackEntry> items = blacklist.published(query).stream().map(e -> black(e, query.today())).toList();
    return new Page<>(items, blacklist.countPublished(query), query.offset(), query.limit());
  }

  @Override
  public Page<PublicRedEntry> redlist(ListRequest request) {
    PublicQuery query = query(request);
    return new Page<>(redlist.published(query).stream().map(DefaultPublicCredit::red).toList(),
        redlist.countPublished(query), query.offset(), query.limit());
  }

  @Override
  public Page<PublicSubject> subjects(ListRequest request) {
    PublicQuery query = query(request);
    Set<SubjectId> ids = new LinkedHashSet<>(blacklist.publishedSubjects(query.region(), query.today(), query.text()));
    ids.addAll(redlist.publishedSubjects(query.region(), query.today(), query.text()));
    List<PublicSubject> items = subjects.page(query.region(), ids, query.offset(), query.limit()).stream()
        .map(s -> subject(s, query.today())).toList();
    return new Page<>(items, ids.size(), query.offset(), query.limit());
  }

  @Override
  public PublicSubjectDetail subject(String region, String subjectId) {
    RegionCode code = CreditAccess.region(region, directory);
    LocalDate today = CreditAccess.today(clock);
    SubjectId id = new SubjectId(subjectId == null ? "" : subjectId.strip());
    CreditSubject subject = subjects.find(code, id).orElseThrow(() -> new NotFoundException("subjectId"));
    List<PublicBlackEntry> black = blacklist.publishedFor(code, id, today).stream().map(e -> black(e, today)).toList();
    List<PublicRedEntry> red = redlist.publishedFor(code, id, today).stream().map(DefaultPublicCredit::red).toList();
    if (black.isEmpty() && red.isEmpty()) {
      throw new NotFoundException("subjectId");
    }
    return new PublicSubjectDetail(new PublicSubject(id.value(), subject.identity().name(), subject.identity().kind(),
        subject.identity().publicIdentifier(), black.size(), red.size()), black, red, today);
  }

  @Override
  public RepairTarget repairTarget(String region, String entryId) {
    RegionCode code = CreditAccess.region(region, directory);
    LocalDate today = CreditAccess.today(clock);
    EntryId id = new EntryId(entryId == null ? "" : entryId.strip());
    Optional<BlacklistEntry> published = blacklist.findPublished(code, id, today);
    Optional<RepairApplication> latest = repairs.forEntry(code, id).stream().findFirst();
    BlacklistEntry entry = published.or(() -> latest
            .filter(a -> a.status() == RepairStatus.APPROVED)
            .flatMap(a -> blacklist.find(a.tenantId(), id)))
        .orElseThrow(() -> new NotFoundException("entryId"));
    BlacklistEntry.Data e = entry.data();
    boolean open = published.isPresent() && !today.isBefore(entry.earliestRepair())
        && latest.map(a -> !a.status().open()).orElse(true);
    return new RepairTarget(e.id().value(), e.subject().name(), e.subject().kind(), e.subject().publicIdentifier(),
        e.listClass(), e.period().start(), e.period().end(), entry.status(today) == EntryStatus.PUBLISHED,
        entry.earliestRepair(), open, latest.map(DefaultPublicCredit::repair).orElse(null), today);
  }

  private PublicQuery query(ListRequest request) {
    if (request == null) {
      throw new DomainException("request.invalid", null);
    }
    RegionCode region = CreditAccess.region(request.region(), directory);
    TenantId department = null;
    if (request.department() != null && !request.department().isBlank()) {
      department = directory.region(region).flatMap(r -> r.departments().stream()
              .filter(d -> d.id().value().equals(request.department().strip())).findFirst())
          .map(Department::id).orElseThrow(() -> new DomainException("credit.department.unknown", "department"));
    }
    return new PublicQuery(region, CreditAccess.today(clock), request.text(), request.kind(), request.listClass(),
        department, request.offset(), request.limit());
  }

  private PublicSubject subject(CreditSubject s, LocalDate today) {
    return new PublicSubject(s.id().value(), s.identity().name(), s.identity().kind(), s.identity().publicIdentifier(),
        blacklist.publishedFor(s.region(), s.id(), today).size(), redlist.publishedFor(s.region(), s.id(), today).size());
  }

  private PublicBlackEntry black(BlacklistEntry entry, LocalDate today) {
    BlacklistEntry.Data e = entry.data();
    Optional<Department> department = directory.department(e.tenant());
    Optional<RepairApplication> latest = repairs.forEntry(e.tenant().region(), e.id()).stream().findFirst();
    return new PublicBlackEntry(e.id().value(), e.subjectId().value(), e.subject().name(), e.subject().kind(),
        e.subject().publicIdentifier(), e.listClass(), e.reason(), e.legalBasis(), entry.measures(), e.caseNumber(),
        department.map(Department::nameZh).orElse(null), department.map(Department::nameEn).orElse(null),
        e.period().start(), e.period().end(), entry.earliestRepair(), latest.map(DefaultPublicCredit::repair).orElse(null));
  }

  private static PublicRedEntry red(RedListEntry entry) {
    RedListEntry.Data e = entry.data();
    return new PublicRedEntry(e.id().value(), e.subjectId().value(), e.subject().name(), e.subject().kind(),
        e.subject().publicIdentifier(), e.yearsWithoutNegative(), e.positiveRecords(), e.period().start(),
        e.period().end());
  }

  private static PublicRepair repair(RepairApplication a) {
    RepairApplication.Data d = a.data();
    return new PublicRepair(d.status(), CreditAccess.day(d.receivedAt()), d.due().lastWorkingDay(),
        d.decidedAt() == null ? null : CreditAccess.day(d.decidedAt()), d.decisionText());
  }
}
