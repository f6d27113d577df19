package cn.ggzy.server.domain.model.credit;

import cn.ggzy.server.domain.model.NotFoundException;

/** The identity of a black-list or red-list entry (24 hex digits). */
public record EntryId(String value) {
  public EntryId {
    if (value == null || !value.matches("[0-9a-f]{24}")) {
      throw new NotFoundException("entryId");
    }
  }
}
