package cn.ggzy.server.application;

import cn.ggzy.server.domain.model.site.Attendance;
import cn.ggzy.server.domain.model.site.AttendancePolicy;
import cn.ggzy.server.domain.model.site.AttendanceRule;
import cn.ggzy.server.domain.model.site.CheckIn;
import cn.ggzy.server.domain.model.site.CheckInOutcome;
import cn.ggzy.server.domain.model.site.LivenessChallenge;
import cn.ggzy.tenants.RegionCode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;

/**
 * 标后监管: a department registers the projects it supervises after their award, with the site's polygon
 * and working hours; an officer enrols the key personnel committed in the bid in person (identity,
 * certificate, a face photo) and hands each a personal check-in link; a replacement (变更) needs the
 * employer's request and the department head's approval; the same person active on two projects is
 * flagged (挂证). Site staff check in from the phone through their link: a challenge chosen by the
 * server, two live frames, the position and the device time; the server decides. Attendance follows
 * the department's rule per role on the region's working-day calendar.
 */
public interface SiteSupervision {

  /** A vertex of the site's polygon (WGS-84 degrees). */
  record SiteVertex(double latitude, double longitude) {}

  record SiteProjectInput(String department, String projectCode, String sectionName, String employer,
      String employerPhone, String winnerCode, String winnerName, BigDecimal contractAmount, LocalDate startDay, LocalDate endDay,
      List<SiteVertex> site, String address, LocalTime workStart, LocalTime workEnd) {}

  record SitePersonInput(String role, String name, String residentId, String certificate, String phone) {}

  /** A replacement: the employer's request (its reference), the reason and the successor. */
  record ReplacementInput(String employerRequest, String reason, SitePersonInput successor) {}

  /** A key person as officers see them: identity masked. */
  record SitePersonView(String id, String projectId, String role, String roleName, String name,
      String maskedResidentId, String certificate, String maskedPhone, Instant enrolledAt, boolean active,
      String replacedBy, String replacementReason, List<String> otherActiveProjects) {}

  /** An enrolment's answer: the person, and once, the personal check-in link's token. */
  record Enrolment(SitePersonView person, String checkInToken) {}

  record SiteProjectView(String id, String department, String departmentName, String projectCode, String sectionName,
      String employer, String employerPhone, String winnerCode, String winnerName, BigDecimal contractAmount, LocalDate startDay,
      LocalDate endDay, List<SiteVertex> site, String address, LocalTime workStart, LocalTime workEnd, String state,
      long version) {}

  /** A project in the list: its people and how many checked in present today. */
  record SiteProjectLine(SiteProjectView project, int people, int presentToday, int flaggedToday) {}

  record CheckInView(String id, String personId, String personName, String role, Instant at, double latitude,
      double longitude, double accuracyMeters, CheckInOutcome outcome, List<CheckIn.RuleFinding> findings, Double faceDistance,
      double distanceOutsideMeters, String challenge) {}

  /** The same resident ID active on projects at once (挂证). */
  record DoubleBooking(String maskedResidentId, String name, List<SitePersonView> posts) {}

  /** One person's week on the board: the days and the rule's verdict. */
  record PersonWeek(SitePersonView person, AttendanceRule rule, List<Attendance.AttendanceDay> days, Attendance.AttendanceWeek week) {}

  /**
   * One person's month: every day, the working days and the days on site, and the Monday–Sunday weeks
   * ended within the month that fell below the rule.
   */
  record MonthRow(SitePersonView person, AttendanceRule rule, List<Attendance.AttendanceDay> days, int workingDays,
      int onSiteDays, int weeksShort) {}

  /** A project's attendance of a month, as the monthly sheets print it. */
  record MonthSheet(SiteProjectView project, YearMonth month, List<MonthRow> rows) {}

  /** What site staff see after opening their link. */
  record SiteSelf(String personName, String role, String roleName, String projectCode, String sectionName,
      List<SiteVertex> site, LocalTime workStart, LocalTime workEnd, List<CheckInView> today) {}

  record ChallengeView(String id, LivenessChallenge.Action action, Instant expiresAt) {}

  /** A check-in as the phone sends it: the challenge answered, two JPEG/PNG frames, position, device time. */
  record CheckInInput(String challengeId, byte[] firstFrame, byte[] secondFrame, Double latitude, Double longitude,
      Double accuracyMeters, Instant deviceTime) {}

  /** A week below the rule, with what was decided. */
  record AbsenceView(String id, String projectId, String sectionName, String personId, String personName, String role,
      String roleName, LocalDate monday, int workingDays, int required, int onSiteDays, boolean caseProposed,
      String state, String reason, String caseId, String caseNumber, String creditRecordId, long version) {}

  SiteProjectView register(Caller caller, SiteProjectInput input);

  /** The caller's department's projects, or for the office one department's ({@code department}) or all. */
  List<SiteProjectLine> projects(Caller caller, String department);

  SiteProjectView project(Caller caller, String projectId);

  List<SitePersonView> people(Caller caller, String projectId);

  /** Enrols a key person in person with the face photo taken by the officer. */
  Enrolment enrol(Caller caller, String projectId, SitePersonInput person, byte[] facePhoto);

  /** A new check-in link for the person (the old one stops working), e.g. after a lost phone. */
  Enrolment newLink(Caller caller, String personId);

  /** Replaces a key person (department head): the successor is enrolled, the predecessor can no longer check in. */
  Enrolment replace(Caller caller, String personId, ReplacementInput input, byte[] successorPhoto);

  /** The department's (the office: the region's) people active on more than one active project. */
  List<DoubleBooking> doubleBooked(Caller caller);

  /** The project's check-ins on a day, oldest first. */
  List<CheckInView> checkIns(Caller caller, String projectId, LocalDate day);

  /** The project's attendance board for the week of {@code day}. */
  List<PersonWeek> board(Caller caller, String projectId, LocalDate day);

  /** The project's attendance of a month (the month so far when it has not ended). */
  MonthSheet month(Caller caller, String projectId, YearMonth month);

  /** The month's sheet as PDF (audited download). */
  byte[] monthPdf(Caller caller, String projectId, YearMonth month);

  /** The month's sheet as an Excel workbook (audited download). */
  byte[] monthWorkbook(Caller caller, String projectId, YearMonth month);

  AttendancePolicy policy(Caller caller);

  AttendancePolicy setPolicy(Caller caller, List<AttendanceRule> rules, long version);

  /** The enrolled face photo (JPEG/PNG), read by an officer of the project's department (audited). */
  byte[] enrolledPhoto(Caller caller, String personId);

  /**
   * The weeks ended (Monday–Sunday, before today) of every active key person of the region, judged once
   * each: a week below the rule raises a warning to the department (push) and the employer (SMS); an
   * absence repeating one of the weeks before proposes a case. Answers the warnings raised.
   */
  int judgeWeeks(RegionCode region);

  /** For the scheduler: judges, once per region, the week that ended last Sunday. Answers the warnings raised. */
  int judgeDueWeeks();

  /** The department's (the office: one department's or all) absence warnings, newest week first. */
  List<AbsenceView> absences(Caller caller, String department);

  /** Dismisses a warning with the reason (e.g. approved leave, 请假批准). */
  AbsenceView dismissAbsence(Caller caller, String id, String reason, long version);

  /**
   * Opens a case (source post-award) from a warning and enters a poor-performance (履约) credit record of
   * the winning bidder, which a second person approves.
   */
  AbsenceView openAbsenceCase(Caller caller, String id, long version);

  SiteSelf self(String token);

  ChallengeView challenge(String token);

  CheckInView checkIn(String token, CheckInInput input);
}
