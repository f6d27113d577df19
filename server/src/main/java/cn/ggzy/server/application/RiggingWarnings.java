package cn.ggzy.server.application;

import cn.ggzy.server.domain.model.warning.WarningStatus;
import java.time.Instant;
import java.util.List;

/**
 * Review of bid-rigging warnings (围标串标预警) by office roles and department heads: a department
 * head sees the own department's; the office sees every department of its region through an
 * audited scope and may filter by department. A warning is dismissed with a reason or turned into
 * a case in one action.
 */
public interface RiggingWarnings {
  record Query(WarningStatus status, Integer minimumScore, String department, int offset, int limit) {}

  /** A passage two bid files share: the excerpt and its character offset in each of the two files. */
  record PassageView(String text, int offsetA, int offsetB) {}

  /**
   * One piece of evidence; for bid files {@code passages} are short excerpts of the shared text, the
   * offsets counting in the files of {@code bidders.get(0)} and {@code bidders.get(1)}.
   */
  record EvidenceView(String kind, String text, String textEn, Integer article40Item, List<String> bidders,
      String detail, List<PassageView> passages) {
    public EvidenceView {
      passages = passages == null ? List.of() : List.copyOf(passages);
    }

    public EvidenceView(String kind, String text, String textEn, Integer article40Item, List<String> bidders,
        String detail) {
      this(kind, text, textEn, article40Item, bidders, detail, List.of());
    }
  }

  /** A legal basis: article of 招标投标法实施条例 (40 or 49) and, for art. 40, its item (0 otherwise). */
  /**
   * What the risk score is made of: the model that gave it ({@code screen-index-1} by default, a
   * region model once one beat it on the region's labels), the model's validated ROC-AUC on those
   * labels (null for the index, which is fitted to none) and each screen's part.
   */
  record RiskView(String model, String modelText, String modelTextEn, Double validatedAuc, List<ScreenView> screens) {}

  /**
   * One screen of the index: its value in the section (null where undefined), its percentile in the
   * department's market turned to the suspicious end, and the points it adds to the score (they add up).
   */
  record ScreenView(String screen, String text, String textEn, Double value, Double percentile, double contribution) {}

  record BasisView(int item, String text, String textEn, int article) {
    public BasisView(int item, String text, String textEn) {
      this(item, text, textEn, 40);
    }
  }

  record BidderView(String code, String name, double price, boolean winner) {}

  record Summary(String id, String department, String projectCode, String projectName, String sectionCode,
      String sectionName, int score, String status, List<Integer> article40Items, int bidders, Instant updatedAt) {}

  record Detail(String id, String department, String departmentName, String projectCode, String projectName,
      String sectionCode, String sectionName, String industry, int score, double probability, RiskView risk,
      String status,
      List<BidderView> bidders, List<EvidenceView> evidence, List<BasisView> legalBasis, String notice,
      String noticeEn, String reason, String decidedBy, Instant decidedAt, String caseId, String caseNumber,
      Instant createdAt, Instant updatedAt, long version) {}

  record Page(List<Summary> items, long total, int offset, int limit) {}

  Page list(Caller caller, Query query);

  /**
   * One place of the review queue: the open warning and why it is offered now — {@code HIGHEST_SCORE},
   * or {@code UNCERTAIN} (the region model is least sure of it: its review teaches the model most).
   */
  record QueueItem(Summary warning, String reason, double modelScore) {}

  /**
   * The next {@code size} open warnings to review (at most 100), the caller's department's or, for the
   * office, the region's: highest score first; while a region model is in use, one place in twenty goes
   * to the open warning whose model probability is nearest 0.5.
   */
  List<QueueItem> reviewQueue(Caller caller, int size);

  Detail find(Caller caller, String id);

  Detail dismiss(Caller caller, String id, String reason);

  Detail openCase(Caller caller, String id);
}
