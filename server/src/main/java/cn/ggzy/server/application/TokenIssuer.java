package cn.ggzy.server.application;

import java.time.Duration;

/** Issues the signed bearer tokens of the mobile API (verified by MicroProfile JWT). */
public interface TokenIssuer {
  /** The claim naming the account's credentials version the token was issued at. */
  String CREDENTIALS_VERSION_CLAIM = "cv";

  /** A token of the caller that stays valid while the account's credentials version is {@code credentialsVersion}. */
  IssuedToken issue(Caller caller, int credentialsVersion);

  record IssuedToken(String token, Duration validFor) {}
}
