package cn.ggzy.server.application;

import cn.ggzy.server.application.CreditViews.RecordView;
import cn.ggzy.server.domain.model.draw.DrawReport;
import cn.ggzy.server.domain.model.expert.AssignmentStatus;
import cn.ggzy.server.domain.model.expert.DrawRequest;
import cn.ggzy.server.domain.model.expert.DrawState;
import cn.ggzy.server.domain.model.expert.SpecialtyQuota;
import java.time.Instant;
import java.util.List;

/**
 * Drawing evaluation experts for a tender section (抽取评标专家): a department (or the office)
 * requests, the platform screens the pool (回避) and commits the draw (document and seed hash
 * published), a witness's value draws it, the drawn experts are invited by message and answer
 * with their link; a decline or no answer in time is replaced by a further round. The panel is
 * sealed — readable by no officer — until the evaluation starts; each read after is audited.
 */
public interface ExpertDraws extends ExpertJobs {
  boolean mayDraw(Caller caller);

  /** Screens the pool and commits the first round; refused with every fault of the request, or too few experts. */
  ExpertDrawView request(Caller caller, DrawRequest request);

  /** Draws the first round with the witness's value and invites the experts drawn. */
  ExpertDrawView draw(Caller caller, String id, long version, String witnessName, String witnessValue);

  ExpertDrawView find(Caller caller, String id);

  List<ExpertDrawView> list(Caller caller, int offset, int limit);

  /** The panel: refused ({@code expert.draw.sealed}) before the evaluation starts; each read audited. */
  List<PanelMember> unseal(Caller caller, String id);

  ExpertDrawView cancel(Caller caller, String id, long version, String reason);

  /**
   * 一标一评: rates an expert of the panel once the evaluation has started (the requesting department
   * or the office); once per expert and draw; a negative item needs the note.
   */
  ExpertDrawView rate(Caller caller, String id, RatingInput rating);

  /**
   * Enters a negative rating into the expert's credit file: a credit record (履约评价差, subject the
   * expert by resident ID) that a second person approves in the credit module, as every hand-entered
   * record. Only for a rating with an item of 2 or less.
   */
  RecordView creditRecord(Caller caller, String id, String expertId);

  /** The rating items, 1–5 each. */
  record RatingInput(String expertId, int punctuality, int independence, int judgement, int discipline, String note) {}

  // ---- public ----

  /** What anyone may see: commitments at once; documents, seeds and results once the evaluation started. */
  PublicDraw published(String id);

  /** The invitation behind a reply link (the expert's own assignment). */
  Invitation invitation(String token);

  /** The expert accepts or declines (with a reason). */
  Invitation reply(String token, boolean accept, String reason);

  record RoundView(int number, String reason, String commitment, String seedHash, Instant committedAt,
      String witnessName, String witnessValue, Instant drawnAt, int drawn) {}

  record ExpertDrawView(String id, String department, String projectName, String sectionCode, String sectionName,
      String tenderer, String agency, List<String> bidders, List<SpecialtyQuota> quotas, int tendererRepresentatives,
      Instant evaluationStart, String place, boolean remote, int recentMonths, DrawState state, boolean sealed,
      List<RoundView> rounds, int eligible, int recused, int invited, int accepted, int declined, int noAnswer,
      String createdBy, Instant createdAt, long version) {}

  /**
   * One invited expert; once rated (一标一评) the rating's points, whether an item was 2 or less, and the
   * credit record it went into (null: not rated / not in credit).
   */
  record PanelMember(String expertId, String name, String employer, String title, String specialty, int round,
      AssignmentStatus status, Instant answeredAt, String maskedPhone, Double ratingPoints, boolean negativeRating,
      String creditRecordId) {}

  record PublishedRound(int number, String reason, String commitment, String seedHash, Instant committedAt,
      String document, String seed, String witnessValue, String result, DrawReport verification) {}

  record PublicDraw(String id, String region, String sectionCode, String sectionName, Instant evaluationStart,
      boolean sealed, List<PublishedRound> rounds) {}

  record Invitation(String drawId, String sectionName, String projectName, String specialty, Instant evaluationStart,
      String place, boolean remote, AssignmentStatus status, Instant replyBy, String expertName) {}
}
