package cn.ggzy.server.domain.model.rigging;

/** Where a tender's label comes from: a disposition of its warning or case, or an officer directly. */
public enum LabelSource {
  /** The warning was dismissed with a reason: clean. */
  WARNING_DISMISSED,
  /** The case opened from the warning was decided as a violation (founded, or a penalty): rigged. */
  CASE_VIOLATION,
  /** The case opened from the warning was decided unfounded: clean. */
  CASE_UNFOUNDED,
  /** An officer labelled the tender (e.g. a case found rigging by other means). */
  OFFICER
}
