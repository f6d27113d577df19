package cn.ggzy.server.domain.model.account;

import cn.ggzy.server.domain.model.DomainException;

/** A rule about accounts was broken; {@link #code()} is the message key, {@link #field()} the input at fault. */
public class AccountException extends DomainException {
  public AccountException(String code, String field) {
    super(code, field);
  }
}
