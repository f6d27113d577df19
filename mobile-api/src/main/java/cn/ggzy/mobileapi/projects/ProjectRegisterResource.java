package cn.ggzy.mobileapi.projects;

import cn.ggzy.mobileapi.ApiError;
import cn.ggzy.mobileapi.CallerResolver;
import cn.ggzy.mobileapi.Endpoints;
import cn.ggzy.mobileapi.Roles;
import cn.ggzy.mobileapi.projects.ProjectRegisterBodies.RegisterAlertCaseRequest;
import cn.ggzy.mobileapi.projects.ProjectRegisterBodies.RegisterAlertDismissalRequest;
import cn.ggzy.mobileapi.projects.ProjectRegisterBodies.RegisterImportResult;
import cn.ggzy.mobileapi.projects.ProjectRegisterBodies.RegisterProjectDetail;
import cn.ggzy.mobileapi.projects.ProjectRegisterBodies.RegisterProjectPage;
import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.ProjectRegister;
import cn.ggzy.server.domain.model.DomainException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The register of projects that must be tendered (应进必进、应招必招) for officers: a department imports
 * its approved projects and the tenders the trading system recorded (CSV, the rejected lines answered
 * with their reasons), reads the alerts of the checks with their evidence and legal basis, and
 * dismisses an alert with a reason or opens a case from it. A department sees its own projects, the
 * office every department's of its region (audited); another department's project is 404.
 *
 * <p>An alert's key ({@code NOT_TENDERED:CONSTRUCTION:管网施工}) holds {@code :}, Chinese and the
 * contract's or section's own name, which may hold a {@code /}; the server refuses a {@code %2F} in a
 * path before any resource, so the key travels in the body of a dismissal or a case, never in the path.
 */
@Path("/v1/project-register")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.OFFICE_LEADER, Roles.OFFICE_OFFICER, Roles.DEPARTMENT_HEAD, Roles.DEPARTMENT_OFFICER})
@SecurityRequirement(name = "jwt")
@Tag(name = "project-register", description = "应进必进、应招必招 The register of projects that must be tendered: "
    + "approvals and tenders imported, alerts, dismissals and cases")
public class ProjectRegisterResource {
  /** Larger than any import of 5,000 lines of the longest cells: a larger body is refused unread. */
  static final int MAX_CSV_BYTES = 20 * 1024 * 1024;
  private static final String CSV = "text/csv";
  private static final Pattern CHARSET = Pattern.compile("(?i);\\s*charset\\s*=\\s*\"?([^\";\\s]+)");
  private static final String CSV_REJECTED = "the import's result: lines read, projects and tenders taken, every "
      + "line not taken with its line number, code, texts and column; the other lines are taken (200 even when "
      + "lines are refused)";
  private static final String CSV_REFUSED = "the whole file refused: project.csv.header (the header differs from "
      + "the template), project.csv.malformed (not CSV), project.csv.tooMany (more than 5,000 lines, or a body over "
      + "20 MB)";

  @Inject CallerResolver callers;
  @Inject ProjectRegister register;

  @POST
  @Path("/approvals")
  @Consumes({CSV, MediaType.TEXT_PLAIN})
  @Operation(operationId = "importProjectApprovals", summary = "Import approved projects (审批、核准、备案), one CSV "
      + "line per planned contract (lines of one approval number make one project); a project imported again gets "
      + "the new facts and keeps its tenders and decisions")
  @APIResponse(responseCode = "200", description = CSV_REJECTED, content = @Content(
      mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RegisterImportResult.class)))
  @APIResponse(responseCode = "400", description = CSV_REFUSED, content = @Content(
      mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
  public RegisterImportResult importApprovals(@HeaderParam("Content-Type") String contentType,
      @RequestBody(required = true, description = "UTF-8 CSV (another charset when named in Content-Type), a byte-"
          + "order mark allowed, header exactly: " + ProjectRegisterBodies.APPROVALS_HEADER + ". method 公开招标/邀请招标/"
          + "不招标 (or OPEN/INVITED/NONE), organisation 自行招标/委托招标 (or SELF/AGENCY, may be empty), mandatory 是/否, "
          + "dates 2026-03-15 or 2026/3/15, contractKind 施工/货物/服务, amounts in yuan (5800000, 580万元 or 伍佰捌拾万元)",
          content = {@Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING,
              example = ProjectRegisterBodies.APPROVALS_EXAMPLE)),
              @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING,
                  example = ProjectRegisterBodies.APPROVALS_EXAMPLE))}) InputStream body) {
    Caller caller = callers.caller();
    return RegisterImportResult.of(register.importApprovals(caller, text(contentType, body)));
  }

  @POST
  @Path("/tenders")
  @Consumes({CSV, MediaType.TEXT_PLAIN})
  @Operation(operationId = "importProjectTenders", summary = "Import the tenders the trading system recorded, one CSV "
      + "line per section; each attaches to the department's project with that code (a section imported again "
      + "replaces its line)")
  @APIResponse(responseCode = "200", description = CSV_REJECTED + "; project.csv.unknownProject for a code the "
      + "register does not hold", content = @Content(mediaType = MediaType.APPLICATION_JSON,
          schema = @Schema(implementation = RegisterImportResult.class)))
  @APIResponse(responseCode = "400", description = CSV_REFUSED, content = @Content(
      mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
  public RegisterImportResult importTenders(@HeaderParam("Content-Type") String contentType,
      @RequestBody(required = true, description = "UTF-8 CSV (another charset when named in Content-Type), header "
          + "exactly: " + ProjectRegisterBodies.TENDERS_HEADER + "; values as for the approvals, announcedOn and "
          + "estimate may be empty", content = {@Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING,
              example = ProjectRegisterBodies.TENDERS_EXAMPLE)),
              @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING,
                  example = ProjectRegisterBodies.TENDERS_EXAMPLE))}) InputStream body) {
    Caller caller = callers.caller();
    return RegisterImportResult.of(register.importTenders(caller, text(contentType, body)));
  }

  @GET
  @Path("/projects")
  @Operation(operationId = "listRegisteredProjects", summary = "The department's projects (the office: the "
      + "region's), latest approval first, with the count of alerts and of open ones")
  @APIResponse(responseCode = "200", description = "a page of projects", content = @Content(
      mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RegisterProjectPage.class)))
  public RegisterProjectPage list(@QueryParam("offset") @DefaultValue("0") int offset,
      @Parameter(description = "1 to 200, default 20") @QueryParam("limit") @DefaultValue("20") int limit) {
    return RegisterProjectPage.of(register.list(callers.caller(), offset, limit));
  }

  @GET
  @Path("/projects/{id}")
  @Operation(operationId = "registeredProject", summary = "One project: the approval, the planned contracts with "
      + "their thresholds, the recorded tenders and the alerts with evidence, legal basis and decision")
  @APIResponse(responseCode = "200", description = "the project", content = @Content(
      mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RegisterProjectDetail.class)))
  @APIResponse(responseCode = "404", description = "no such project within reach", content = @Content(
      mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
  public RegisterProjectDetail find(@Parameter(example = "AP-7C1D0E9A42B35F68") @PathParam("id") String id) {
    return RegisterProjectDetail.of(register.find(callers.caller(), id));
  }

  @POST
  @Path("/projects/{id}/alerts/dismissal")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "dismissProjectAlert", summary = "排除预警: dismiss an open alert with a reason (audited); "
      + "the alert's key is in the body")
  @APIResponse(responseCode = "200", description = "the project", content = @Content(
      mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RegisterProjectDetail.class)))
  @APIResponse(responseCode = "400", description = "project.alert.reason (2–500 characters); request.invalid "
      + "(field key: no key)", content = @Content(mediaType = MediaType.APPLICATION_JSON,
          schema = @Schema(implementation = ApiError.class)))
  @APIResponse(responseCode = "404", description = "no such project within reach, or the checks raise no alert "
      + "of that key (field alert)", content = @Content(mediaType = MediaType.APPLICATION_JSON,
          schema = @Schema(implementation = ApiError.class)))
  @APIResponse(responseCode = "409", description = "project.alert.decided: dismissed or made a case already",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
  public RegisterProjectDetail dismiss(@Parameter(example = "AP-7C1D0E9A42B35F68") @PathParam("id") String id,
      RegisterAlertDismissalRequest body) {
    Caller caller = callers.caller();
    RegisterAlertDismissalRequest dismissal = Endpoints.required(body, "key");
    return RegisterProjectDetail.of(register.dismiss(caller, id, Endpoints.required(dismissal.key(), "key"),
        dismissal.reason()));
  }

  @POST
  @Path("/projects/{id}/alerts/case")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "openCaseFromProjectAlert", summary = "转立案: open a case (source SMART_WARNING, the "
      + "evidence and basis as its summary) from an open alert in one action; the case's number and id are kept on "
      + "the alert")
  @APIResponse(responseCode = "200", description = "the project, the alert CASE_OPENED with its caseNumber and caseId",
      content = @Content(mediaType = MediaType.APPLICATION_JSON,
          schema = @Schema(implementation = RegisterProjectDetail.class)))
  @APIResponse(responseCode = "400", description = "request.invalid (field key: no key)", content = @Content(
      mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
  @APIResponse(responseCode = "404", description = "no such project within reach, or the checks raise no alert "
      + "of that key (field alert)", content = @Content(mediaType = MediaType.APPLICATION_JSON,
          schema = @Schema(implementation = ApiError.class)))
  @APIResponse(responseCode = "409", description = "project.alert.decided: dismissed or made a case already",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
  public RegisterProjectDetail openCase(@Parameter(example = "AP-7C1D0E9A42B35F68") @PathParam("id") String id,
      RegisterAlertCaseRequest body) {
    Caller caller = callers.caller();
    return RegisterProjectDetail.of(register.openCase(caller, id,
        Endpoints.required(body == null ? null : body.key(), "key")));
  }

  /**
   * The CSV body as text: UTF-8 unless the Content-Type names another charset; at most
   * {@value #MAX_CSV_BYTES} bytes (more is refused as too many lines, without reading the rest).
   */
  static String text(String contentType, InputStream body) {
    if (body == null) {
      return "";
    }
    try {
      return new String(Endpoints.capped(body, MAX_CSV_BYTES, "project.csv.tooMany", "file"), charset(contentType));
    } catch (IOException e) {
      throw new DomainException("request.invalid", "file");
    }
  }

  private static Charset charset(String contentType) {
    Matcher named = CHARSET.matcher(contentType == null ? "" : contentType);
    if (!named.find()) {
      return StandardCharsets.UTF_8;
    }
    try {
      return Charset.forName(named.group(1));
    } catch (IllegalArgumentException e) {
      // an illegal or unsupported charset name
      throw new DomainException("request.invalid", "Content-Type");
    }
  }
}
