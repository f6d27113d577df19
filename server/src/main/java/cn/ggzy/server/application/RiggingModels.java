package cn.ggzy.server.application;

import java.time.Instant;
import java.util.List;

/**
 * Learning from the city's own decisions (README "Learning from the region's decisions"): every
 * disposition of a warning becomes a label of its tender, officers can label a tender directly, and the
 * region's model is trained in the background, used only when it beats the screen index on the labels,
 * and can be rolled back by the office. Departments' reviewers read their region's figures and label
 * their own tenders; training on demand and rollback are the office's.
 */
public interface RiggingModels {

  /** One label: the tender, rigged or clean, from which disposition, why, by whom, when. */
  record LabelView(String department, String projectCode, String sectionCode, boolean rigged, String source,
      String sourceText, String sourceTextEn, String reference, String reason, String by, Instant at) {}

  /**
   * One training run: version, when and by whom, labels of each class, both validated ROC-AUCs, status
   * (ACTIVE, NOT_BETTER, SUPERSEDED, ROLLED_BACK) and the seed that reproduces it.
   */
  record ModelView(String name, int version, Instant trainedAt, String trainedBy, int positives, int negatives,
      Double modelAuc, Double indexAuc, String status, String statusText, String statusTextEn, long seed) {}

  /**
   * The region's state: the model in use ({@code screen-index-1} or a region model), the labels so far
   * and how many of each class a training needs, the runs (newest first) and the labels (the caller's
   * department's, or the whole region's for the office, newest first, at most 200).
   */
  record Overview(String region, String inUse, String inUseText, String inUseTextEn, int rigged, int clean,
      int neededPerClass, List<ModelView> models, List<LabelView> labels) {}

  /** An officer's label of a section of their department: {@code rigged} true or false, with the reason. */
  record LabelRequest(String projectCode, String sectionCode, Boolean rigged, String reason) {}

  Overview overview(Caller caller);

  LabelView label(Caller caller, LabelRequest request);

  /** Trains now on the region's labels (office); the run, whatever its outcome. */
  ModelView train(Caller caller);

  /**
   * Rolls the region back (office): the model in use is set aside and {@code version} (an earlier run
   * that beat the index) is used again, or the screen index when {@code version} is null.
   */
  Overview rollback(Caller caller, Integer version);
}
