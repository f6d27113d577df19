package cn.ggzy.mobileapi.auth;

import cn.ggzy.mobileapi.ApiError;
import cn.ggzy.mobileapi.publicapi.PublicApiClients;
import cn.ggzy.server.application.AuthenticationService;
import cn.ggzy.server.application.AuthenticationService.AuthenticationResult;
import cn.ggzy.server.application.TokenIssuer;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Officers exchange login and password for a signed JWT. */
@Path("/v1/auth")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "auth", description = "登录 Authentication")
public class AuthResource {
  @Inject AuthenticationService authentication;
  @Inject TokenIssuer tokens;
  @Inject PublicApiClients clients;
  @Context HttpServletRequest request;

  @POST
  @Path("/token")
  @Operation(summary = "Log in and get a bearer token",
      description = "While mustChangePassword is true, the token is refused by every endpoint (403 "
          + "auth.passwordChangeRequired) until the password is changed through /api/v1/auth/password; "
          + "a password change or reset, or disabling the account, ends every token issued before.")
  @APIResponse(responseCode = "200", description = "token issued",
      content = @Content(mediaType = "application/json", schema = @Schema(implementation = TokenResponse.class)))
  @APIResponse(responseCode = "401", description = "auth.invalidCredentials (unknown login, wrong password or "
      + "disabled account alike)")
  @APIResponse(responseCode = "429", description = "auth.throttled: too many wrong tries from this address or "
      + "at this login; Retry-After says how many seconds to wait (no account is ever locked)")
  public Response token(@NotNull @Valid LoginRequest request) {
    AuthenticationResult result = authentication.authenticate(request.login(), request.password(), address());
    if (result instanceof AuthenticationResult.Success success) {
      TokenIssuer.IssuedToken issued = tokens.issue(success.caller(), success.credentialsVersion());
      return Response.ok(new TokenResponse(issued.token(), "Bearer", issued.validFor().toSeconds(),
          success.mustChangePassword())).build();
    }
    return refused((AuthenticationResult.Failure) result);
  }

  @POST
  @Path("/password")
  @Operation(summary = "Change one's password (needed after an initial or reset password)")
  @APIResponse(responseCode = "204", description = "changed")
  public Response changePassword(@NotNull @Valid PasswordChangeRequest request) {
    AuthenticationResult result = authentication.authenticate(request.login(), request.currentPassword(),
        address());
    if (result instanceof AuthenticationResult.Success success) {
      authentication.changePassword(success.caller(), request.currentPassword(), request.newPassword());
      return Response.noContent().build();
    }
    return refused((AuthenticationResult.Failure) result);
  }

  private String address() {
    return request == null ? null : clients.of(request).address();
  }

  /** 401 for wrong credentials, 429 with Retry-After while the tries are slowed down. */
  private static Response refused(AuthenticationResult.Failure failure) {
    if (failure.retryAfterSeconds() > 0) {
      return Response.status(Response.Status.TOO_MANY_REQUESTS)
          .header("Retry-After", Long.toString(failure.retryAfterSeconds()))
          .entity(ApiError.of(failure.code(), null)).build();
    }
    return Response.status(Response.Status.UNAUTHORIZED).entity(ApiError.of(failure.code(), null)).build();
  }

  public record LoginRequest(@NotNull String login, @NotNull String password) {}

  public record PasswordChangeRequest(@NotNull String login, @NotNull String currentPassword,
      @NotNull String newPassword) {}

  public record TokenResponse(String accessToken, String tokenType, long expiresIn,
      boolean mustChangePassword) {}
}
