package cn.ggzy.mobileapi.publicapi;

import cn.ggzy.mobileapi.ApiError;
import cn.ggzy.server.application.Messages;
import cn.ggzy.server.domain.model.intake.IntakeValidationException;
import cn.ggzy.server.domain.model.intake.RateLimitedException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/** The public channel's refusals: every violation of a form at once (400), and paced clients (429). */
public final class IntakeErrors {
  private IntakeErrors() {}

  /**
   * An {@link ApiError} (the first violation) with all violations in {@code errors}, each with its
   * code, both texts and field.
   */
  public record ValidationError(String code, String message, String messageEn, String field, List<ApiError> errors) {}

  /** An {@link ApiError} with the seconds to wait (also in the {@code Retry-After} header). */
  public record RateLimitError(String code, String message, String messageEn, String field, long retryAfterSeconds) {}

  @Provider
  public static class Validation implements ExceptionMapper<IntakeValidationException> {
    @Override
    public Response toResponse(IntakeValidationException e) {
      List<ApiError> errors = e.violations().stream().map(v -> ApiError.of(v.code(), v.field())).toList();
      return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON)
          .entity(new ValidationError(e.code(), Messages.chinese(e.code()), Messages.english(e.code()), e.field(),
              errors)).build();
    }
  }

  @Provider
  public static class RateLimited implements ExceptionMapper<RateLimitedException> {
    @Override
    public Response toResponse(RateLimitedException e) {
      return Response.status(429).type(MediaType.APPLICATION_JSON)
          .header("Retry-After", String.valueOf(e.retryAfterSeconds()))
          .entity(new RateLimitError(e.code(), Messages.chinese(e.code()), Messages.english(e.code()), e.field(),
              e.retryAfterSeconds())).build();
    }
  }
}
