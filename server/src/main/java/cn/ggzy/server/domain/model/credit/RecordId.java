package cn.ggzy.server.domain.model.credit;

import cn.ggzy.server.domain.model.NotFoundException;

/** The identity of a credit record (24 hex digits). */
public record RecordId(String value) {
  public RecordId {
    if (value == null || !value.matches("[0-9a-f]{24}")) {
      throw new NotFoundException("recordId");
    }
  }
}
