package cn.ggzy.server.domain.model.credit;

import cn.ggzy.server.domain.model.NotFoundException;

/** The technical identity of a credit subject (24 hex digits); public, unlike an expert's ID number. */
public record SubjectId(String value) {
  public SubjectId {
    if (value == null || !value.matches("[0-9a-f]{24}")) {
      throw new NotFoundException("subjectId");
    }
  }
}
