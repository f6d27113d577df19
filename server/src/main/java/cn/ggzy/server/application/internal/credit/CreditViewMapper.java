package cn.ggzy.server.application.internal.credit;

import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.CreditViews.EntryView;
import cn.ggzy.server.application.CreditViews.RecordView;
import cn.ggzy.server.application.CreditViews.RedListView;
import cn.ggzy.server.application.CreditViews.RepairView;
import cn.ggzy.server.application.CreditViews.ScoreLineView;
import cn.ggzy.server.application.CreditViews.ScoreView;
import cn.ggzy.server.application.TenantDirectory;
import cn.ggzy.server.domain.model.credit.BlacklistEntry;
import cn.ggzy.server.domain.model.credit.CreditRecord;
import cn.ggzy.server.domain.model.credit.CreditScore;
import cn.ggzy.server.domain.model.credit.RecordStatus;
import cn.ggzy.server.domain.model.credit.RedListEntry;
import cn.ggzy.server.domain.model.credit.RepairApplication;
import cn.ggzy.server.domain.model.credit.SubjectIdentity;
import cn.ggzy.tenants.Department;
import cn.ggzy.tenants.TenantId;
import java.time.Instant;
import java.time.LocalDate;

/** Officers' views of the credit aggregates, as of one moment. */
final class CreditViewMapper {
  private final TenantDirectory directory;
  private final Instant now;
  private final LocalDate today;

  CreditViewMapper(TenantDirectory directory, Instant now) {
    this.directory = directory;
    this.now = now;
    this.today = CreditAccess.day(now);
  }

  String department(TenantId tenant) {
    return directory.department(tenant).map(Department::nameZh).orElse(tenant.value());
  }

  RecordView record(CreditRecord record, Caller caller) {
    CreditRecord.Data r = record.data();
    SubjectIdentity id = r.identity();
    boolean own = caller.tenant().equals(r.tenant());
    boolean pending = r.status() == RecordStatus.PENDING_APPROVAL;
    return new RecordView(r.id().value(), r.tenant().value(), department(r.tenant()),
        r.subjectId() == null ? null : r.subjectId().value(), r.subjectName(), id == null ? null : id.kind(),
        id == null || id.creditCode() == null ? null : id.creditCode().value(),
        id == null || id.residentId() == null ? null : own ? id.residentId().value() : id.residentId().masked(),
        r.kind(), r.summary(), r.legalBasis(), own ? r.internalNote() : null, r.decidedOn(), r.caseId(),
        r.caseNumber(), r.enteredBy(), r.enteredAt(), r.status(), r.approvedBy(), r.approvedAt(),
        r.rejectionReason(), r.version(),
        own && pending && CreditAccess.mayDecide(caller) && !r.enteredBy().equals(caller.login().value()),
        own && r.status() == RecordStatus.IN_FORCE && r.kind().decision() && r.subjectId() != null
            && CreditAccess.mayDecide(caller),
        own && r.subjectId() == null);
  }

  EntryView entry(BlacklistEntry entry) {
    BlacklistEntry.Data e = entry.data();
    return new EntryView(e.id().value(), e.tenant().value(), department(e.tenant()), e.subjectId().value(),
        e.subject().name(), e.subject().kind(), e.subject().publicIdentifier(), e.recordId().value(), e.caseNumber(),
        e.listClass(), e.reason(), e.legalBasis(), entry.measures(), e.period().start(), e.period().end(),
        entry.status(today), e.removedOn(), e.repairId(), entry.earliestRepair(), e.listedBy(), e.listedAt(),
        e.version());
  }

  RepairView repair(RepairApplication application, Caller caller) {
    RepairApplication.Data a = application.data();
    boolean mayAct = a.status().open() && caller.tenant().equals(a.tenant()) && CreditAccess.mayDecide(caller);
    return new RepairView(a.id().value(), a.tenant().value(), a.entryId().value(), a.subjectId().value(),
        a.subjectName(), a.request().identifier(), a.request().contactName(), a.request().contactPhone(),
        a.request().commitment(), a.request().rectification(), a.request().evidence(), a.receivedAt(),
        a.due().lastWorkingDay(), a.due().due().toInstant(), a.due().provisional(), application.overdue(now),
        a.extended(),
        a.extensionReason(), a.status(), a.decidedBy(), a.decidedAt(), application.decidedLate(), a.decisionText(),
        a.version(), mayAct && !a.extended() && now.isBefore(a.due().due().toInstant()), mayAct);
  }

  RedListView red(RedListEntry entry) {
    RedListEntry.Data e = entry.data();
    return new RedListView(e.id().value(), e.subjectId().value(), e.subject().name(), e.subject().kind(),
        e.subject().publicIdentifier(), e.yearsWithoutNegative(), e.positiveRecords(), e.score(), e.proposedAt(),
        e.status(), e.decidedBy(), e.decidedAt(), e.rejectionReason(),
        e.period() == null ? null : e.period().start(), e.period() == null ? null : e.period().end(), e.endedOn(),
        entry.status(today), e.version());
  }

  ScoreView score(CreditScore score, String subjectName) {
    return new ScoreView(score.subjectId().value(), subjectName, score.asOf(), score.base(),
        score.lines().stream().map(l -> new ScoreLineView(l.recordId().value(), l.kind(), l.decidedOn(),
            l.caseNumber(), department(TenantId.of(l.department())), l.points(), l.ageDays(), l.factor(),
            l.beyondHorizon(), l.contribution())).toList(),
        score.adjustment(), score.total(), score.weights().halfLifeMonths(), score.weights().horizonMonths());
  }
}
