package cn.ggzy.server.application;

import cn.ggzy.server.application.CreditViews.Page;
import cn.ggzy.server.application.CreditViews.RecordView;
import cn.ggzy.server.domain.model.credit.RecordKind;
import cn.ggzy.server.domain.model.credit.RecordStatus;
import cn.ggzy.server.domain.model.credit.SubjectKind;
import java.time.LocalDate;

/**
 * Credit records for officers. Records of approved case decisions arrive by themselves; an officer
 * enters the others (e.g. performance ratings) with the legal basis, and a second person — the
 * department head or the office leader, never the one who entered it — approves.
 */
public interface CreditRecords {
  /** What an officer enters: the subject by credit code (enterprise, agency) or ID number (expert). */
  record NewRecord(SubjectKind subjectKind, String subjectName, String creditCode, String residentId,
      RecordKind kind, String summary, String legalBasis, String internalNote, LocalDate decidedOn) {}

  RecordView enter(Caller caller, NewRecord input);

  RecordView approve(Caller caller, String recordId, long version);

  RecordView reject(Caller caller, String recordId, long version, String reason);

  /** Names the subject of a case record whose respondent had no valid credit code. */
  RecordView identify(Caller caller, String recordId, long version, SubjectKind kind, String name,
      String creditCode, String residentId);

  RecordView find(Caller caller, String recordId);

  /** The caller's department's records, or with {@code regionWide} every department's (office roles, audited). */
  Page<RecordView> records(Caller caller, RecordStatus status, boolean regionWide, int offset, int limit);
}
