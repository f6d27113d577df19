package cn.ggzy.server.application;

import cn.ggzy.server.application.IntakeViews.Client;
import cn.ggzy.server.domain.model.expert.AssignmentStatus;
import cn.ggzy.server.domain.model.expert.Disqualification;
import cn.ggzy.server.domain.model.expert.ExpertApplication;
import cn.ggzy.server.domain.model.expert.ExpertScore;
import cn.ggzy.server.domain.model.expert.ExpertState;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The region's pool of evaluation experts (评标专家库): anyone applies on the public page; the
 * supervision office reviews, approves, suspends, reviews yearly and lets experts exit. Every
 * decision is audited; the resident ID and phone are masked in every view, and the office's
 * reveal of them is audited too.
 */
public interface ExpertPool {
  /** The specialty code list (public). */
  List<SpecialtyView> specialties();

  /** A public application; refused as a whole with every fault ({@code expert.*}), rate limited per client. */
  ApplicationReceipt apply(Client client, String region, ExpertApplication application);

  /**
   * An expert asks for the link to the own page: when the resident ID and the phone match an entry
   * of the region, the link goes by message to that phone (valid 24 hours). The answer is the same
   * whether or not they match (nobody learns who is in the pool); rate limited per client.
   */
  void requestAccess(Client client, String region, String residentId, String phone);

  /** The expert's own page: state, specialties, the evaluations served (after each started), ratings, score. */
  ExpertSelf self(String token);

  record ServedAssignment(String drawId, String sectionName, String specialty, Instant evaluationStart, String place,
      boolean remote, AssignmentStatus status) {}

  record ExpertSelf(String name, String maskedResidentId, ExpertState state, List<String> specialties,
      LocalDate reviewDue, LocalDate suspendedUntil, Instant linkValidUntil, List<ServedAssignment> served,
      int upcoming, ExpertScore score) {}

  /** Whether the caller keeps the pool (office roles in the office tenant). */
  boolean mayManage(Caller caller);

  List<ExpertSummary> list(Caller caller, ExpertState state, int offset, int limit);

  long count(Caller caller, ExpertState state);

  ExpertDetail find(Caller caller, String id);

  /** The full resident ID and phone; audited as a read of personal data. */
  ExpertIdentity reveal(Caller caller, String id);

  ExpertDetail decide(Caller caller, String id, long version, Decision decision);

  /**
   * 提请取消评标资格: the office asks the body that keeps the expert's qualification to cancel it, from
   * the case that found the violation; tracked until answered (audited).
   */
  DisqualificationView requestDisqualification(Caller caller, String expertId, DisqualificationInput input);

  /** The office records the answer; a cancelled qualification takes the expert out of the pool. */
  DisqualificationView answerDisqualification(Caller caller, String requestId, long version, boolean cancelled,
      String note);

  List<DisqualificationView> disqualifications(Caller caller, int offset, int limit);

  /** The office's requests about one expert, newest first. */
  List<DisqualificationView> disqualificationsOf(Caller caller, String expertId);

  /** The letter as PDF (it carries the full resident ID: audited). */
  byte[] disqualificationLetter(Caller caller, String requestId);

  record DisqualificationInput(String caseNumber, String facts, String legalBasis, String addressee) {}

  record DisqualificationView(String id, String expertId, String expertName, String caseNumber, String facts,
      String legalBasis, String addressee, Disqualification.State state, String sentBy, Instant sentAt,
      String answerNote, Instant answeredAt, long version) {}

  /** The expert's score from the 一标一评 ratings of the region's evaluations, each line explained. */
  ExpertScore score(Caller caller, String id);

  /** What the office decides on an expert; {@code until} only for a suspension, a reason for all but approval and review. */
  record Decision(Kind kind, LocalDate until, String reason) {
    /** The kinds of decision. */
    public enum Kind { APPROVE, REJECT, SUSPEND, REINSTATE, REVIEW, EXIT }
  }

  record SpecialtyView(String code, String nameZh, String nameEn, String parent, boolean drawable) {}

  record ApplicationReceipt(String applicationId, ExpertState state, Instant appliedAt) {}

  record ExpertSummary(String id, String name, String maskedResidentId, String employer, String title,
      List<String> specialties, ExpertState state, Instant appliedAt, LocalDate reviewDue, LocalDate suspendedUntil,
      boolean shareConsent, long version) {}

  record CertificateView(String name, String number, LocalDate validUntil) {}

  record ExpertDetail(ExpertSummary summary, String maskedPhone, LocalDate birthDate, List<CertificateView> certificates,
      List<String> conflicts, String decidedBy, Instant decidedAt, String note, List<String> penalties) {}

  record ExpertIdentity(String residentId, String phone) {}
}
