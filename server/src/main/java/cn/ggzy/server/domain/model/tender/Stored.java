package cn.ggzy.server.domain.model.tender;

/** What storing an imported record under its natural key did. */
public enum Stored {
  NEW, REPLACED, UNCHANGED
}
