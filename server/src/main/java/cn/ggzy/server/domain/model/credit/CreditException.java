package cn.ggzy.server.domain.model.credit;

import cn.ggzy.server.domain.model.DomainException;

/** A credit rule refused an input or an action. */
public class CreditException extends DomainException {
  public CreditException(String code, String field) {
    super(code, field);
  }
}
