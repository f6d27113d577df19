package cn.ggzy.server.domain.model.enforcement;

import cn.ggzy.server.domain.model.DomainException;

/** A case rule refused an input or an action. */
public class CaseException extends DomainException {
  public CaseException(String code, String field) {
    super(code, field);
  }
}
