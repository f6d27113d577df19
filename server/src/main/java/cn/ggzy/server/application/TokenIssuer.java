package cn.ggzy.server.application;

import java.time.Duration;

/** Issues the signed bearer tokens of the mobile API (verified by MicroProfile JWT). */
public interface TokenIssuer {
  IssuedToken issue(Caller caller);

  record IssuedToken(String token, Duration validFor) {}
}
