package cn.ggzy.server.domain.model.enforcement;

import cn.ggzy.server.domain.model.NotFoundException;

/** The technical identity of a case (24 hex digits); the case number is for people. */
public record CaseId(String value) {
  public CaseId {
    if (value == null || !value.matches("[0-9a-f]{24}")) {
      throw new NotFoundException("caseId");
    }
  }
}
