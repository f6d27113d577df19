package cn.ggzy.server.application;

import cn.ggzy.server.domain.model.credit.EntryStatus;
import cn.ggzy.server.domain.model.credit.ListClass;
import cn.ggzy.server.domain.model.credit.Measure;
import cn.ggzy.server.domain.model.credit.RecordKind;
import cn.ggzy.server.domain.model.credit.RecordStatus;
import cn.ggzy.server.domain.model.credit.RedListStatus;
import cn.ggzy.server.domain.model.credit.RepairStatus;
import cn.ggzy.server.domain.model.credit.SubjectKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What officers see of credit: records, list entries with their history, repair applications, scores. */
public final class CreditViews {
  private CreditViews() {}

  /** One page of a list, paged in the database. */
  public record Page<T>(List<T> items, long total, int offset, int limit) {
    public Page {
      items = List.copyOf(items);
    }
  }

  /** A credit record; {@code residentId} in full (officers of the recording department only). */
  public record RecordView(String id, String tenantId, String departmentName, String subjectId, String subjectName,
      SubjectKind subjectKind, String creditCode, String residentId, RecordKind kind, String summary,
      String legalBasis, String internalNote, LocalDate decidedOn, String caseId, String caseNumber,
      String enteredBy, Instant enteredAt, RecordStatus status, String approvedBy, Instant approvedAt,
      String rejectionReason, long version, boolean mayApprove, boolean mayList, boolean mayIdentify) {}

  /** A black-list entry with its status today; stays in this history after expiry or repair. */
  public record EntryView(String id, String tenantId, String departmentName, String subjectId, String subjectName,
      SubjectKind subjectKind, String identifier, String recordId, String caseNumber, ListClass listClass,
      String reason, String legalBasis, List<Measure> measures, LocalDate start, LocalDate end, EntryStatus status,
      LocalDate removedOn, String repairId, LocalDate earliestRepair, String listedBy, Instant listedAt,
      long version) {}

  /** A repair application with its decision clock (24:00 Asia/Shanghai of the last working day). */
  public record RepairView(String id, String tenantId, String entryId, String subjectId, String subjectName,
      String identifier, String contactName, String contactPhone, String commitment, String rectification,
      String evidence, Instant receivedAt, LocalDate lastWorkingDay, Instant due, boolean dueProvisional,
      boolean overdue, boolean extended,
      String extensionReason, RepairStatus status, String decidedBy, Instant decidedAt, boolean decidedLate,
      String decisionText, long version, boolean mayExtend, boolean mayDecide) {}

  /** A red-list proposal or entry; {@code publicStatus} only for confirmed ones. */
  public record RedListView(String id, String subjectId, String subjectName, SubjectKind subjectKind,
      String identifier, int yearsWithoutNegative, long positiveRecords, BigDecimal score, Instant proposedAt,
      RedListStatus status, String decidedBy, Instant decidedAt, String rejectionReason, LocalDate start,
      LocalDate end, LocalDate endedOn, EntryStatus publicStatus, long version) {}

  /** One record's points in a score: {@code points} × {@code factor} = {@code contribution}. */
  public record ScoreLineView(String recordId, RecordKind kind, LocalDate decidedOn, String caseNumber,
      String department, int points, long ageDays, BigDecimal factor, boolean beyondHorizon,
      BigDecimal contribution) {}

  /**
   * A transparent score: {@code base} + Σ {@code lines[].contribution} + {@code adjustment} =
   * {@code total}; the weights it was computed with.
   */
  public record ScoreView(String subjectId, String subjectName, LocalDate asOf, int base, List<ScoreLineView> lines,
      BigDecimal adjustment, BigDecimal total, int halfLifeMonths, int horizonMonths) {
    public ScoreView {
      lines = List.copyOf(lines);
    }
  }
}
