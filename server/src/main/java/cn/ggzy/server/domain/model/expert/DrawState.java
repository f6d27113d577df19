package cn.ggzy.server.domain.model.expert;

/** Where an expert draw stands. */
public enum DrawState {
  /** The first round's document and seed hash are committed; waiting for the witness's value. */
  COMMITTED,
  /** Drawn: experts invited (further rounds replace those who decline or do not answer). */
  DRAWN,
  /** Withdrawn before the evaluation (the section was cancelled). */
  CANCELLED
}
