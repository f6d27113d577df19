package cn.ggzy.server.infrastructure.persistence.mongo.enforcement;

import static cn.ggzy.server.infrastructure.persistence.mongo.enforcement.CaseParts.instant;
import static cn.ggzy.server.infrastructure.persistence.mongo.enforcement.CaseParts.list;
import static cn.ggzy.server.infrastructure.persistence.mongo.enforcement.CaseParts.millis;
import static cn.ggzy.server.infrastructure.persistence.mongo.enforcement.CaseParts.name;

import cn.ggzy.server.domain.model.enforcement.ApprovalKind;
import cn.ggzy.server.domain.model.enforcement.CaseDeadlines;
import cn.ggzy.server.domain.model.enforcement.CaseId;
import cn.ggzy.server.domain.model.enforcement.CaseNumber;
import cn.ggzy.server.domain.model.enforcement.CaseSource;
import cn.ggzy.server.domain.model.enforcement.CaseState;
import cn.ggzy.server.domain.model.enforcement.CaseStatus;
import cn.ggzy.server.domain.model.enforcement.Consultation;
import cn.ggzy.server.domain.model.enforcement.EnforcementCase;
import cn.ggzy.server.domain.model.enforcement.Industry;
import cn.ggzy.server.domain.model.enforcement.NonAcceptanceGround;
import cn.ggzy.server.domain.model.enforcement.Registration;
import cn.ggzy.server.infrastructure.persistence.mongo.enforcement.CaseParts.ApprovalDoc;
import cn.ggzy.server.infrastructure.persistence.mongo.enforcement.CaseParts.ConsultationDoc;
import cn.ggzy.server.infrastructure.persistence.mongo.enforcement.CaseParts.DecisionDoc;
import cn.ggzy.server.infrastructure.persistence.mongo.enforcement.CaseParts.EventDoc;
import cn.ggzy.server.infrastructure.persistence.mongo.enforcement.CaseParts.PauseDoc;
import cn.ggzy.server.infrastructure.persistence.mongo.enforcement.CaseParts.PhraseDoc;
import cn.ggzy.server.infrastructure.persistence.mongo.enforcement.CaseParts.ReferralDoc;
import cn.ggzy.server.infrastructure.persistence.mongo.enforcement.CaseParts.RequestDoc;
import cn.ggzy.server.infrastructure.persistence.mongo.enforcement.CaseParts.SuspensionDoc;
import cn.ggzy.server.infrastructure.persistence.mongo.enforcement.CaseParts.TransferDoc;
import cn.ggzy.tenants.TenantId;
import jakarta.nosql.Column;
import jakarta.nosql.Entity;
import jakarta.nosql.Id;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * Stored form of an {@link EnforcementCase}: the whole case in one document (so a change and its
 * timeline line are written atomically), plus the derived fields the inbox sorts and filters on
 * ({@code region}, {@code open}, {@code dueSort}, {@code readers}).
 */
@Entity("cases")
public class CaseDocument {
  /** Sort key of cases without a running clock: after every real deadline. */
  static final long NO_DUE = Long.MAX_VALUE;

  @Id String id;
  @Column String tenantId;
  @Column String region;
  @Column String number;
  @Column String source;
  @Column String industry;
  @Column String title;
  @Column String summary;
  @Column String projectCode;
  @Column String projectName;
  @Column String respondent;
  @Column String originReference;
  /** The title and summary lines as the system wrote them (message keys), for other languages. */
  @Column PhraseDoc titlePhrase;
  @Column List<PhraseDoc> summaryPhrases;
  /** A complaint filed late (from the summary): inbox lines show it. */
  @Column boolean lateFiling;
  @Column long receivedAt;
  @Column int acceptanceDays;
  @Column int completionDays;
  @Column String status;
  @Column String statusBeforePause;
  @Column boolean open;
  @Column String assignee;
  @Column String assigneeName;
  @Column Long acceptedAt;
  /** When the acceptance clock ended: accepted, or non-acceptance approved. */
  @Column Long acceptanceDecidedAt;
  @Column Boolean acceptedOnTime;
  @Column Long acceptanceDue;
  @Column Long completionDue;
  @Column Integer missingYear;
  @Column int pausedDays;
  @Column long dueSort;
  @Column boolean clockPaused;
  @Column String nonAcceptanceGround;
  @Column String nonAcceptanceReason;
  @Column RequestDoc pending;
  @Column RequestDoc pendingExtension;
  @Column int extensionDays;
  @Column String supplementItems;
  @Column List<PauseDoc> pauses;
  @Column SuspensionDoc suspension;
  @Column List<TransferDoc> transfers;
  @Column List<String> tracers;
  /** Every tenant that may read the case: owner, former owners, consulted departments. */
  @Column List<String> readers;
  @Column List<ReferralDoc> referrals;
  @Column List<ConsultationDoc> consultations;
  @Column DecisionDoc decision;
  @Column Long decidedAt;
  @Column Boolean completedOnTime;
  @Column Long deliveredAt;
  @Column Long closedAt;
  @Column List<ApprovalDoc> approvals;
  @Column List<EventDoc> timeline;
  /** Notifications caused by changes and not yet delivered (see {@link MongoCaseOutbox}). */
  @Column List<OutboxDoc> outbox;
  @Column long version;

  public CaseDocument() {}

  static CaseDocument of(EnforcementCase c, long version) {
    CaseState s = c.state();
    Registration r = c.registration();
    CaseDocument d = new CaseDocument();
    d.id = c.id().value();
    d.tenantId = s.owner().value();
    d.region = s.owner().region().value();
    d.number = c.number().value();
    d.source = r.source().name();
    d.industry = r.industry().name();
    d.title = r.title();
    d.summary = r.summary();
    d.projectCode = r.projectCode();
    d.projectName = r.projectName();
    d.respondent = r.respondent();
    d.originReference = r.originReference();
    d.titlePhrase = PhraseDoc.of(r.titlePhrase());
    d.summaryPhrases = new ArrayList<>(r.summaryPhrases().stream().map(PhraseDoc::of).toList());
    d.lateFiling = r.lateFiling();
    d.receivedAt = c.receivedAt().toEpochMilli();
    d.acceptanceDays = c.acceptanceDays();
    d.completionDays = c.completionDays();
    d.status = s.status().name();
    d.statusBeforePause = name(s.statusBeforePause());
    d.open = s.status().open();
    d.assignee = s.assignee();
    d.assigneeName = s.assigneeName();
    d.acceptedAt = millis(s.acceptedAt());
    d.acceptedOnTime = s.acceptedOnTime();
    d.acceptanceDecidedAt = d.acceptedAt != null ? d.acceptedAt : s.approvals().stream()
        .filter(a -> a.approved() && a.kind() == ApprovalKind.NON_ACCEPTANCE)
        .map(a -> a.decidedAt().toEpochMilli()).findFirst().orElse(null);
    d.acceptanceDue = millis(s.deadlines().acceptanceDue());
    d.completionDue = millis(s.deadlines().completionDue());
    d.missingYear = s.deadlines().missingYear();
    d.pausedDays = s.deadlines().pausedWorkingDays();
    d.dueSort = c.currentDue().map(Instant::toEpochMilli).orElse(NO_DUE);
    d.clockPaused = s.status().paused();
    d.nonAcceptanceGround = name(s.nonAcceptanceGround());
    d.nonAcceptanceReason = s.nonAcceptanceReason();
    d.pending = RequestDoc.of(s.pending());
    d.pendingExtension = RequestDoc.of(s.pendingExtension());
    d.extensionDays = s.extensionDays();
    d.supplementItems = s.supplementItems();
    d.pauses = new ArrayList<>(s.pauses().stream().map(PauseDoc::of).toList());
    d.suspension = SuspensionDoc.of(s.suspension());
    d.transfers = new ArrayList<>(s.transfers().stream().map(TransferDoc::of).toList());
    d.tracers = new ArrayList<>(s.tracers().stream().map(TenantId::value).sorted().toList());
    LinkedHashSet<String> readers = new LinkedHashSet<>();
    readers.add(d.tenantId);
    readers.addAll(d.tracers);
    for (Consultation k : s.consultations()) {
      k.invited().forEach(t -> readers.add(t.value()));
    }
    d.readers = new ArrayList<>(readers);
    d.referrals = new ArrayList<>(s.referrals().stream().map(ReferralDoc::of).toList());
    d.consultations = new ArrayList<>(s.consultations().stream().map(ConsultationDoc::of).toList());
    d.decision = DecisionDoc.of(s.decision());
    d.decidedAt = millis(s.decidedAt());
    d.completedOnTime = s.completedOnTime();
    d.deliveredAt = millis(s.deliveredAt());
    d.closedAt = millis(s.closedAt());
    d.approvals = new ArrayList<>(s.approvals().stream().map(ApprovalDoc::of).toList());
    d.timeline = new ArrayList<>(s.timeline().stream().map(EventDoc::of).toList());
    d.outbox = new ArrayList<>(s.outbox().stream().map(OutboxDoc::of).toList());
    d.version = version;
    return d;
  }

  EnforcementCase toCase() {
    Registration r = new Registration(CaseSource.valueOf(source), Industry.valueOf(industry), title, summary,
        projectCode, projectName, respondent, originReference, titlePhrase == null ? null : titlePhrase.toPhrase(),
        list(summaryPhrases).stream().map(PhraseDoc::toPhrase).filter(Objects::nonNull).toList());
    CaseDeadlines deadlines = new CaseDeadlines(instant(acceptanceDue), instant(completionDue), missingYear,
        pausedDays);
    CaseState state = CaseState.restore(TenantId.of(tenantId), CaseStatus.valueOf(status),
        statusBeforePause == null ? null : CaseStatus.valueOf(statusBeforePause), assignee, assigneeName,
        instant(acceptedAt), acceptedOnTime, deadlines,
        nonAcceptanceGround == null ? null : NonAcceptanceGround.valueOf(nonAcceptanceGround),
        nonAcceptanceReason, pending == null || pending.kind == null ? null : pending.toRequest(),
        pendingExtension == null || pendingExtension.kind == null ? null : pendingExtension.toRequest(), extensionDays, supplementItems,
        list(pauses).stream().map(PauseDoc::toPause).toList(),
        suspension == null || suspension.orderedAt == null ? null : suspension.toSuspension(),
        list(transfers).stream().map(TransferDoc::toTransfer).toList(),
        new LinkedHashSet<>(list(tracers).stream().map(TenantId::of).toList()),
        list(referrals).stream().map(ReferralDoc::toReferral).toList(),
        list(consultations).stream().map(ConsultationDoc::toConsultation).toList(),
        decision == null || decision.kind == null ? null : decision.toDecision(), instant(decidedAt), completedOnTime,
        instant(deliveredAt), instant(closedAt),
        list(approvals).stream().map(ApprovalDoc::toRecord).toList(),
        list(timeline).stream().map(EventDoc::toEvent).toList(), version);
    EnforcementCase c = EnforcementCase.restore(new CaseId(id), new CaseNumber(number), r, instant(receivedAt),
        acceptanceDays, completionDays, state);
    c.announce(list(outbox).stream().map(OutboxDoc::toIntent).toList());
    return c;
  }
}
