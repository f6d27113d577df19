package cn.ggzy.server.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * 督查: the leading group supervises the supervisors. The board shows, per department and officer, the
 * open cases overdue or idle beyond a number of working days, the approvals waiting, and the identity
 * reveals and evidence downloads of the period from the audit trail with their reasons; an officer who
 * read many submissions outside their own cases is flagged. The office (leaders) acts with 督办 notices
 * to a department, answered by its head by a working day, tracked as open, overdue or answered.
 */
public interface Oversight {
  record DepartmentLine(String tenant, String name, long open, long overdue, long idle, long approvalsWaiting,
      long reveals, long downloads, long noticesOpen, long noticesOverdue) {}

  record OfficerLine(String tenant, String login, String name, long open, long overdue, long idle, long reveals,
      long downloads, long outsideOwnCases, boolean unusual) {}

  /** One identity reveal or evidence download: who, when, which case, the stated reason, on a case of their own. */
  record AccessLine(Instant at, String tenant, String login, String action, String caseId, String reason,
      boolean ownCase) {}

  record NoticeView(String id, String department, String departmentName, String about, String text, String issuedBy,
      Instant issuedAt, LocalDate dueOn, String state, String reply, String repliedBy, Instant repliedAt,
      long version) {}

  record Board(LocalDate from, LocalDate to, int idleWorkingDays, int unusualReads, List<DepartmentLine> departments,
      List<OfficerLine> officers, List<AccessLine> accesses, List<NoticeView> notices) {
    public Board {
      departments = List.copyOf(departments);
      officers = List.copyOf(officers);
      accesses = List.copyOf(accesses);
      notices = List.copyOf(notices);
    }
  }

  /** The region's board for a period (dates in China, at most 366 days); office roles, through an audited scope. */
  Board board(Caller caller, LocalDate from, LocalDate to);

  /** A 督办 notice to a department (office leaders), to be answered within {@code workingDays} (1–30). */
  NoticeView issue(Caller caller, String department, String about, String text, int workingDays);

  /** The department head's answer to a notice of their department. */
  NoticeView answer(Caller caller, String noticeId, String text, long version);

  /** The notices the caller follows: the region's for the office, the own department's for its officers. */
  List<NoticeView> notices(Caller caller);
}
