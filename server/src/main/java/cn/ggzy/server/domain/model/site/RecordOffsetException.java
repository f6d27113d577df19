package cn.ggzy.server.domain.model.site;

import cn.ggzy.server.domain.model.StateConflictException;

/** A part of an upload sent at an offset past the bytes received: the client goes on from {@link #expected()}. */
public class RecordOffsetException extends StateConflictException {
  private final long expected;

  public RecordOffsetException(long expected) {
    super("site.record.upload.offset", "offset");
    this.expected = expected;
  }

  public long expected() {
    return expected;
  }
}
