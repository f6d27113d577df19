package cn.ggzy.server.domain.model.rigging;

/** What became of a trained region model. */
public enum RegionModelStatus {
  /** It beat the screen index on the region's labels and scores the region's tenders now. */
  ACTIVE,
  /** It did not beat the screen index: the index (or nothing new) stays. */
  NOT_BETTER,
  /** It was in use until a later training replaced it. */
  SUPERSEDED,
  /** The office rolled it back. */
  ROLLED_BACK
}
