package cn.ggzy.server.domain.model.rigging;

/** Two bidders of one section share a trace value that art. 40 names. */
public record PairMatch(String bidderA, String bidderB, TraceField field, String sharedValue) {

  public Art40Item item() {
    return field.item();
  }
}
