package cn.ggzy.mobileapi.dispatch;

import cn.ggzy.mobileapi.ApiError;
import cn.ggzy.mobileapi.CallerResolver;
import cn.ggzy.mobileapi.Endpoints;
import cn.ggzy.mobileapi.Roles;
import cn.ggzy.server.application.Dispatch;
import cn.ggzy.server.application.Dispatch.Behind;
import cn.ggzy.server.application.Dispatch.Dashboard;
import cn.ggzy.server.application.Dispatch.ReportFile;
import cn.ggzy.server.application.Dispatch.ReportView;
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
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * 统筹调度: the figures of a period (a department its own, the office every department's, audited), the
 * things behind each figure, and the leading group's weekly, monthly and on-demand reports (PDF and
 * Excel with the dashboard's numbers).
 */
@Tag(name = "dispatch", description = "统筹调度 Dispatch dashboards and reports")
@Path("/v1/dispatch")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.OFFICE_LEADER, Roles.OFFICE_OFFICER, Roles.DEPARTMENT_HEAD, Roles.DEPARTMENT_OFFICER})
@SecurityRequirement(name = "jwt")
public class DispatchResource {
  @Inject CallerResolver callers;
  @Inject Dispatch dispatch;

  /** A report to generate now for a period. */
  public record NewReport(
      @Schema(description = "first day (China)", example = "2026-11-01", required = true) String from,
      @Schema(description = "last day (China), at most 366 days after from", example = "2026-11-30", required = true)
      String to) {}

  @GET
  @Path("/dashboard")
  @Operation(operationId = "dispatchDashboard", summary = "The figures of a period, read from the counters")
  @APIResponse(responseCode = "200", description = "tiles, departments, charts' data, the 12-month trend",
      content = @Content(schema = @Schema(implementation = Dashboard.class)))
  @APIResponse(responseCode = "400", description = "dispatch.period.* at from or to",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  @APIResponse(responseCode = "404", description = "a department the caller does not see",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  public Dashboard dashboard(@QueryParam("from") String from, @QueryParam("to") String to,
      @QueryParam("department") String department) {
    return dispatch.dashboard(callers.caller(), day(from, "from"), day(to, "to"), department);
  }

  @GET
  @Path("/behind")
  @Operation(operationId = "dispatchBehind", summary = "The things a figure counts (at most 200)")
  @APIResponse(responseCode = "200", description = "cases, warnings, inspection tasks or list entries, with their page",
      content = @Content(schema = @Schema(implementation = Behind.class)))
  public List<Behind> behind(
      @Schema(description = "the counter", example = "ACCEPTANCE") @QueryParam("metric") String metric,
      @Schema(description = "its keys, comma-separated", example = "COMPLAINT_LATE,REPORT_LATE") @QueryParam("key")
      String key, @QueryParam("from") String from, @QueryParam("to") String to,
      @QueryParam("department") String department) {
    LocalDate start = from == null || from.isBlank() ? null : day(from, "from");
    LocalDate end = to == null || to.isBlank() ? null : day(to, "to");
    return dispatch.behind(callers.caller(), metric, key, start, end, department);
  }

  @GET
  @Path("/reports")
  @Operation(operationId = "dispatchReports", summary = "The region's reports, newest first (office roles)")
  public List<ReportView> reports() {
    return dispatch.reports(callers.caller());
  }

  @POST
  @Path("/reports")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "generateDispatchReport", summary = "Generate a report for a period now (office roles)")
  @APIResponse(responseCode = "200", description = "the stored report",
      content = @Content(schema = @Schema(implementation = ReportView.class)))
  public ReportView generate(NewReport body) {
    if (body == null) {
      throw new DomainException("request.invalid", null);
    }
    return dispatch.generate(callers.caller(), day(body.from(), "from"), day(body.to(), "to"));
  }

  @GET
  @Path("/reports/{id}/{format}")
  @Produces({"application/pdf", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      MediaType.APPLICATION_JSON})
  @Operation(operationId = "dispatchReportFile", summary = "A report's PDF (format pdf) or Excel workbook (xlsx)")
  @APIResponse(responseCode = "200", description = "the file as generated",
      content = {@Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING,
          format = "binary")), @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
          schema = @Schema(type = SchemaType.STRING, format = "binary"))})
  @APIResponse(responseCode = "404", description = "no such report in the region",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  public Response file(@PathParam("id") String id, @PathParam("format") String format) {
    ReportFile f = dispatch.file(callers.caller(), id, format);
    return Endpoints.file(f.content(), f.contentType(), f.name());
  }

  private static LocalDate day(String value, String field) {
    return Endpoints.day(value, "dispatch.period." + ("from".equals(field) ? "from" : "invalid"), field);
  }
}
