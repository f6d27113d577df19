package cn.ggzy.server.application;

import cn.ggzy.server.domain.model.credit.ListClass;
import cn.ggzy.server.domain.model.credit.Measure;
import cn.ggzy.server.domain.model.credit.RepairStatus;
import cn.ggzy.server.domain.model.credit.SubjectKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the public may see of credit, and nothing else: name, kind, credit code (or the masked ID
 * number of a natural person), list, reason, legal basis, measures, period, deciding department
 * and the state of credit repair. No internal notes, no contact data, no officers' names.
 */
public final class PublicCreditViews {
  private PublicCreditViews() {}

  /** A published black-list entry. */
  public record PublicBlackEntry(String id, String subjectId, String subjectName, SubjectKind subjectKind,
      String identifier, ListClass listClass, String reason, String legalBasis, List<Measure> measures,
      String decisionNumber, String departmentZh, String departmentEn, LocalDate start, LocalDate end,
      LocalDate repairOpensOn, PublicRepair repair) {}

  /** The latest credit-repair application of an entry, if any. */
  public record PublicRepair(RepairStatus status, LocalDate receivedOn, LocalDate decisionDueOn,
      LocalDate decidedOn, String decisionText) {}

  /** A published red-list entry: the criteria it met. */
  public record PublicRedEntry(String id, String subjectId, String subjectName, SubjectKind subjectKind,
      String identifier, int yearsWithoutNegative, long positiveRecords, LocalDate start, LocalDate end) {}

  /** A subject with something published today. */
  public record PublicSubject(String id, String name, SubjectKind kind, String identifier, int blacklistEntries,
      int redlistEntries) {}

  /** A subject's public page. */
  public record PublicSubjectDetail(PublicSubject subject, List<PublicBlackEntry> blacklist,
      List<PublicRedEntry> redlist, LocalDate asOf) {}

  /** The public page of credit repair for one entry: the entry and the latest application's outcome. */
  public record RepairTarget(String entryId, String subjectName, SubjectKind subjectKind, String identifier,
      ListClass listClass, LocalDate start, LocalDate end, boolean published, LocalDate repairOpensOn,
      boolean openForApplication, PublicRepair latest, LocalDate asOf) {}

  /** The receipt of an application: its number and when the office must have decided. */
  /** {@code provisional}: the decision day was counted without the next year's holiday notice. */
  public record RepairReceipt(String receiptNumber, Instant receivedAt, LocalDate decisionDueOn, Instant due,
      boolean provisional) {}
}
