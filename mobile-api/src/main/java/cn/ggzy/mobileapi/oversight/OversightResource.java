package cn.ggzy.mobileapi.oversight;

import cn.ggzy.mobileapi.ApiError;
import cn.ggzy.mobileapi.CallerResolver;
import cn.ggzy.mobileapi.Endpoints;
import cn.ggzy.mobileapi.Roles;
import cn.ggzy.server.application.Oversight;
import cn.ggzy.server.application.Oversight.Board;
import cn.ggzy.server.application.Oversight.NoticeView;
import cn.ggzy.server.domain.model.DomainException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * 督查: the office's board of departments' and officers' performance and accesses, and 督办 notices that
 * a department's head answers by a working day.
 */
@Tag(name = "oversight", description = "督查督办 Oversight of the supervisors")
@Path("/v1/oversight")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.OFFICE_LEADER, Roles.OFFICE_OFFICER, Roles.DEPARTMENT_HEAD, Roles.DEPARTMENT_OFFICER})
@SecurityRequirement(name = "jwt")
public class OversightResource {
  @Inject CallerResolver callers;
  @Inject Oversight oversight;

  /** A 督办 notice to issue. */
  public record NewNotice(
      @Schema(description = "the department's tenant id", example = "421181-zjj", required = true) String department,
      @Schema(description = "what it is about (a case number, an officer), at most 100 characters",
          example = "麻监案〔2026〕第0012号") String about,
      @Schema(description = "what the department must explain or do, 2–1000 characters", required = true,
          example = "请说明该案未按期受理的原因并于期限内整改") String text,
      @Schema(description = "working days to answer, 1–30", required = true, example = "5") int workingDays) {}

  /** A department head's answer to a notice read at {@code version}. */
  public record NoticeAnswer(
      @Schema(description = "the answer, 2–2000 characters", required = true, example = "已督促经办人受理并说明原因")
      String text,
      @Schema(description = "the notice's version as read", required = true, example = "0") long version) {}

  @GET
  @Path("/board")
  @Operation(operationId = "oversightBoard", summary = "The region's 督查 board for a period (office roles; audited)")
  @APIResponse(responseCode = "200", description = "departments, officers (flagged when unusual), accesses, notices",
      content = @Content(schema = @Schema(implementation = Board.class)))
  @APIResponse(responseCode = "403", description = "not an office role",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  public Board board(@QueryParam("from") String from, @QueryParam("to") String to) {
    return oversight.board(callers.caller(), date(from, "from"), date(to, "to"));
  }

  @GET
  @Path("/notices")
  @Operation(operationId = "oversightNotices", summary = "督办 notices: the region's for the office, the own department's otherwise")
  public List<NoticeView> notices() {
    return oversight.notices(callers.caller());
  }

  @POST
  @Path("/notices")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "issueOversightNotice", summary = "Issue a 督办 notice to a department (office leaders)")
  @APIResponse(responseCode = "200", description = "the notice with its last day to answer",
      content = @Content(schema = @Schema(implementation = NoticeView.class)))
  @APIResponse(responseCode = "400", description = "oversight.notice.* at its field",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  public NoticeView issue(NewNotice body) {
    if (body == null) {
      throw new DomainException("request.invalid", null);
    }
    return oversight.issue(callers.caller(), body.department(), body.about(), body.text(), body.workingDays());
  }

  @POST
  @Path("/notices/{id}/answer")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "answerOversightNotice", summary = "The department head answers a notice once")
  @APIResponse(responseCode = "200", description = "the answered notice",
      content = @Content(schema = @Schema(implementation = NoticeView.class)))
  @APIResponse(responseCode = "409", description = "answered already, or changed since it was read",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  public NoticeView answer(@PathParam("id") String id, NoticeAnswer body) {
    if (body == null) {
      throw new DomainException("request.invalid", null);
    }
    return oversight.answer(callers.caller(), id, body.text(), body.version());
  }

  private static LocalDate date(String value, String field) {
    return Endpoints.day(value, "oversight.period." + field, field);
  }
}
