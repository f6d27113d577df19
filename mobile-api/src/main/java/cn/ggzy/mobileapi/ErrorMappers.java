package cn.ggzy.mobileapi;

import cn.ggzy.server.application.Messages;
import cn.ggzy.server.domain.model.AccessDeniedException;
import cn.ggzy.server.domain.model.ConcurrentChangeException;
import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.NotFoundException;
import cn.ggzy.server.domain.model.StateConflictException;
import cn.ggzy.server.domain.model.review.RuleBookRefusedException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Turns every failure into an {@link ApiError}; a stack trace never reaches the client. */
public final class ErrorMappers {
  private static final Logger LOG = Logger.getLogger(ErrorMappers.class.getName());

  private ErrorMappers() {}

  static Response answer(Response.Status status, String code, String field) {
    return Response.status(status).type(MediaType.APPLICATION_JSON).entity(ApiError.of(code, field)).build();
  }

  /** Domain rules: 404 for anything outside the caller's reach, 409 for races, 403, else 400. */
  @Provider
  public static class Domain implements ExceptionMapper<DomainException> {
    @Override
    public Response toResponse(DomainException e) {
      Response.Status status = e instanceof NotFoundException ? Response.Status.NOT_FOUND
          : e instanceof ConcurrentChangeException ? Response.Status.CONFLICT
          : e instanceof StateConflictException ? Response.Status.CONFLICT
          : e instanceof AccessDeniedException ? Response.Status.FORBIDDEN
          : Response.Status.BAD_REQUEST;
      return answer(status, e.code(), e.field());
    }
  }

  /**
   * An {@link ApiError} of a refused rule book with the parser's {@code detail}: which line or rule
   * and why (as the rule book's own language, English, names its keys); null for other refusals.
   */
  @Schema(description = "A refused rule book: the error with the parser's detail")
  public record RuleBookRefusal(@Schema(example = "review.rules.invalid") String code,
      @Schema(example = "审查规则有误，未保存") String message,
      @Schema(example = "The rule book has an error and was not saved") String messageEn,
      @Schema(example = "text") String field,
      @Schema(description = "which line or rule and why, one fault a line (null unless review.rules.invalid)",
          example = "rule region.local-entity does not find its example+: 投标人须在麻城市设立分公司。")
      String detail) {}

  /** An edited rule book that does not parse or breaks a rule's own examples: 400 with the detail. */
  @Provider
  public static class RuleBookRefused implements ExceptionMapper<RuleBookRefusedException> {
    @Override
    public Response toResponse(RuleBookRefusedException e) {
      return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON).entity(error(e)).build();
    }

    static RuleBookRefusal error(RuleBookRefusedException e) {
      return new RuleBookRefusal(e.code(), Messages.chinese(e.code()), Messages.english(e.code()), e.field(),
          e.detail());
    }
  }

  /** Malformed JSON bodies. */
  @Provider
  public static class Malformed implements ExceptionMapper<JsonbException> {
    @Override
    public Response toResponse(JsonbException e) {
      return answer(Response.Status.BAD_REQUEST, "request.invalid", null);
    }
  }

  /** JAX-RS's own answers (404 of unknown paths, 405, 415 …) keep their status, with our body. */
  @Provider
  public static class Web implements ExceptionMapper<WebApplicationException> {
    @Override
    public Response toResponse(WebApplicationException e) {
      int status = e.getResponse().getStatus();
      if (e.getCause() instanceof JsonbException || e.getCause() instanceof ProcessingException) {
        return answer(Response.Status.BAD_REQUEST, "request.invalid", null);
      }
      String code = status == 404 ? "notFound" : status == 401 ? "auth.required"
          : status == 403 ? "accessDenied" : "request.invalid";
      return Response.status(status).type(MediaType.APPLICATION_JSON).entity(ApiError.of(code, null)).build();
    }
  }

  /**
   * True when the request could not be read before any code of ours ran: the first frame of the
   * failure that belongs to us, to the JAX-RS runtime or to the JSON parser is the runtime's or the
   * parser's (an Accept header with a bad quality value, an address no URI can hold, JSON nested a
   * thousand deep). A failure our code raised is a fault of ours and stays a 500.
   */
  static boolean unreadableRequest(Throwable e) {
    for (StackTraceElement frame : e.getStackTrace()) {
      String c = frame.getClassName();
      if (c.startsWith("cn.ggzy.")) {
        return false;
      }
      if (c.startsWith("org.jboss.resteasy.") || c.startsWith("org.eclipse.parsson.")) {
        return true;
      }
    }
    return false;
  }

  /** Anything unexpected: logged with its stack on the server, a plain 500 for the client. */
  @Provider
  public static class Unexpected implements ExceptionMapper<RuntimeException> {
    @Override
    public Response toResponse(RuntimeException e) {
      if (e instanceof WebApplicationException w) {
        return new Web().toResponse(w);
      }
      if (e instanceof DomainException d) {
        return new Domain().toResponse(d);
      }
      if (unreadableRequest(e)) {
        return answer(Response.Status.BAD_REQUEST, "request.invalid", null);
      }
      LOG.log(Level.SEVERE, "Unexpected error in the mobile API", e);
      return Response.serverError().type(MediaType.APPLICATION_JSON)
          .entity(new ApiError("internal", "服务器内部错误", "Internal server error", null)).build();
    }
  }
}
