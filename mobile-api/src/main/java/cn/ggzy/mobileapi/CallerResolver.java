package cn.ggzy.mobileapi;

import cn.ggzy.server.application.AuthenticationService;
import cn.ggzy.server.application.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotAuthorizedException;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Resolves the tenant once at the edge: from the verified token's {@code tenant} and {@code upn}
 * claims to the current account (which must still exist and be enabled).
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
    return authentication.resolve(tenant, login).orElseThrow(() -> new NotAuthorizedException("Bearer"));
  }
}
