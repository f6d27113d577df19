package cn.ggzy.mobileapi;

import cn.ggzy.server.application.AuthenticationService;
import cn.ggzy.server.application.AuthenticationService.AuthenticationResult;
import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.TokenIssuer;
import cn.ggzy.server.domain.model.AccessDeniedException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.ws.rs.NotAuthorizedException;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Resolves the tenant once at the edge: from the verified token's {@code tenant} and {@code upn}
 * claims to the current account, which must still exist and be enabled, with the credentials
 * version of the token's {@code cv} claim (a password change or reset, or disabling, ends older
 * tokens: 401). While the account must change its initial password, the token is refused (403
 * {@code auth.passwordChangeRequired}): only the password change, which needs no token, is open.
 */
@RequestScoped
public class CallerResolver {
  @Inject JsonWebToken token;
  @Inject AuthenticationService authentication;

  public Caller caller() {
    String tenant = token.getClaim("tenant");
    String login = token.getName();
    if (tenant == null || login == null) {
      throw new NotAuthorizedException("Bearer");
    }
    Object cv = token.getClaim(TokenIssuer.CREDENTIALS_VERSION_CLAIM);
    int credentialsVersion = cv instanceof Number n ? n.intValue()
        : cv instanceof JsonNumber j ? j.intValue() : 0;
    AuthenticationResult.Success current = authentication.current(tenant, login, credentialsVersion)
        .orElseThrow(() -> new NotAuthorizedException("Bearer"));
    if (current.mustChangePassword()) {
      throw new AccessDeniedException("auth.passwordChangeRequired", null);
    }
    return current.caller();
  }
}
