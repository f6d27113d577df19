package cn.ggzy.mobileapi.sites;

import cn.ggzy.mobileapi.ApiError;
import cn.ggzy.mobileapi.CallerResolver;
import cn.ggzy.mobileapi.Roles;
import cn.ggzy.server.application.SiteSupervision;
import cn.ggzy.server.application.SiteSupervision.AbsenceView;
import cn.ggzy.server.application.SiteSupervision.CheckInView;
import cn.ggzy.server.application.SiteSupervision.DoubleBooking;
import cn.ggzy.server.application.SiteSupervision.Enrolment;
import cn.ggzy.server.application.SiteSupervision.MonthSheet;
import cn.ggzy.server.application.SiteSupervision.PersonWeek;
import cn.ggzy.server.application.SiteSupervision.ReplacementInput;
import cn.ggzy.server.application.SiteSupervision.SitePersonInput;
import cn.ggzy.server.application.SiteSupervision.SitePersonView;
import cn.ggzy.server.application.SiteSupervision.SiteProjectInput;
import cn.ggzy.server.application.SiteSupervision.SiteProjectLine;
import cn.ggzy.server.application.SiteSupervision.SiteProjectView;
import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.site.AttendancePolicy;
import cn.ggzy.server.domain.model.site.AttendanceRule;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * 标后监管 for officers: supervised projects with their site polygon, key personnel enrolled in person
 * (identity masked; the face photo read only by the department, audited), replacements approved by the
 * department head, 挂证 flags, the day's check-ins with their evidence, the week's attendance board, the
 * department's attendance rules and the absence warnings (dismissed, or turned into a case and a
 * poor-performance credit record). Ids carry their department: URL-encode them as they are.
 */
@Tag(name = "sites", description = "标后监管 Post-award site supervision")
@Path("/v1/sites")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.OFFICE_LEADER, Roles.OFFICE_OFFICER, Roles.DEPARTMENT_HEAD, Roles.DEPARTMENT_OFFICER})
@SecurityRequirement(name = "jwt")
public class SiteResource {
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  @Inject CallerResolver callers;
  @Inject SiteSupervision sites;

  /** A key person to enrol, with the face photo taken in person. */
  public record EnrolmentRequest(@Schema(required = true) SitePersonInput person,
      @Schema(description = "the face photo, JPEG or PNG in base64 (a data: URL is accepted)", example = "/9j/4AAQ...")
      String photo) {}

  /** A replacement approved by the department head, with the successor's face photo. */
  public record ReplacementRequest(@Schema(example = "麻城投函〔2026〕12号") String employerRequest,
      @Schema(example = "原项目经理因病无法履职") String reason, @Schema(required = true) SitePersonInput successor,
      @Schema(description = "the successor's face photo, base64", example = "/9j/4AAQ...") String photo) {}

  public record PolicyRequest(@Schema(required = true) List<AttendanceRule> rules,
      @Schema(description = "the policy's version read (0 while the standard rules apply)", example = "0")
      long version) {}

  public record AbsenceDismissal(@Schema(example = "经批准请假（附假条）") String reason,
      @Schema(example = "1") long version) {}

  public record AbsenceCaseRequest(@Schema(example = "1") long version) {}

  private static <T> T body(T body) {
    if (body == null) {
      throw new DomainException("request.invalid", null);
    }
    return body;
  }

  private static LocalDate day(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeException e) {
      throw new DomainException("site.day.invalid", "day");
    }
  }

  @GET
  @Operation(operationId = "siteProjects", summary = "Supervised projects with today's attendance (the office: every"
      + " department, or one with ?department=)")
  public List<SiteProjectLine> projects(@QueryParam("department") String department) {
    return sites.projects(callers.caller(), department);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "registerSiteProject", summary = "Register a supervised project from its award")
  @APIResponse(responseCode = "201", description = "registered", content = @Content(
      schema = @Schema(implementation = SiteProjectView.class)))
  @APIResponse(responseCode = "400", description = "site.project.* at its field", content = @Content(
      schema = @Schema(implementation = ApiError.class)))
  public Response register(SiteProjectInput input) {
    return Response.status(Response.Status.CREATED).entity(sites.register(callers.caller(), body(input))).build();
  }

  @GET
  @Path("/{id}")
  @Operation(operationId = "siteProject", summary = "A supervised project")
  public SiteProjectView project(@PathParam("id") String id) {
    return sites.project(callers.caller(), id);
  }

  @GET
  @Path("/{id}/people")
  @Operation(operationId = "sitePeople", summary = "The project's key personnel, identity masked, with 挂证 flags")
  public List<SitePersonView> people(@PathParam("id") String id) {
    return sites.people(callers.caller(), id);
  }

  @POST
  @Path("/{id}/people")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "enrolSitePerson", summary = "Enrol a key person in person; answers the personal check-in"
      + " link's token once (also sent by SMS to the phone on file)")
  @APIResponse(responseCode = "201", description = "enrolled", content = @Content(
      schema = @Schema(implementation = Enrolment.class)))
  @APIResponse(responseCode = "400", description = "site.person.*, site.photo.* or site.enrol.* at its field",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  public Response enrol(@PathParam("id") String id, EnrolmentRequest request) {
    Enrolment e = sites.enrol(callers.caller(), id, body(request).person(), Photos.decode(request.photo(), "photo"));
    return Response.status(Response.Status.CREATED).entity(e).build();
  }

  @POST
  @Path("/people/{personId}/link")
  @Operation(operationId = "newSiteLink", summary = "A new check-in link for the person (the old one stops working)")
  public Enrolment newLink(@PathParam("personId") String personId) {
    return sites.newLink(callers.caller(), personId);
  }

  @POST
  @Path("/people/{personId}/replacement")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "replaceSitePerson", summary = "变更: replace a key person (department head)")
  @APIResponse(responseCode = "201", description = "the successor enrolled", content = @Content(
      schema = @Schema(implementation = Enrolment.class)))
  public Response replace(@PathParam("personId") String personId, ReplacementRequest r) {
    Enrolment e = sites.replace(callers.caller(), personId, new ReplacementInput(body(r).employerRequest(),
        r.reason(), r.successor()), Photos.decode(r.photo(), "photo"));
    return Response.status(Response.Status.CREATED).entity(e).build();
  }

  @GET
  @Path("/people/{personId}/photo")
  @Produces({"image/jpeg", MediaType.APPLICATION_JSON})
  @Operation(operationId = "siteEnrolmentPhoto", summary = "The enrolled face photo (the department; audited)")
  @APIResponse(responseCode = "200", description = "the photo", content = @Content(mediaType = "image/jpeg",
      schema = @Schema(type = SchemaType.STRING, format = "binary")))
  public Response photo(@PathParam("personId") String personId) {
    return Response.ok(sites.enrolledPhoto(callers.caller(), personId), "image/jpeg")
        .header("Cache-Control", "no-store").build();
  }

  @GET
  @Path("/{id}/check-ins")
  @Operation(operationId = "siteCheckIns", summary = "The project's check-ins of a day (today by default)")
  public List<CheckInView> checkIns(@PathParam("id") String id, @QueryParam("day") String day) {
    return sites.checkIns(callers.caller(), id, day(day));
  }

  @GET
  @Path("/{id}/board")
  @Operation(operationId = "siteBoard", summary = "The week's attendance board of the project's people")
  public List<PersonWeek> board(@PathParam("id") String id, @QueryParam("day") String day) {
    return sites.board(callers.caller(), id, day(day));
  }

  private static YearMonth month(String value) {
    try {
      return YearMonth.parse(value == null ? "" : value.strip());
    } catch (DateTimeException e) {
      throw new DomainException("site.month.invalid", "month");
    }
  }

  @GET
  @Path("/{id}/months/{month}")
  @Operation(operationId = "siteMonth", summary = "The project's attendance of a month (yyyy-MM): per person every"
      + " day, the working days, the days on site, the weeks below the rule")
  public MonthSheet month(@PathParam("id") String id, @PathParam("month") String month) {
    return sites.month(callers.caller(), id, month(month));
  }

  @GET
  @Path("/{id}/months/{month}/pdf")
  @Produces({"application/pdf", MediaType.APPLICATION_JSON})
  @Operation(operationId = "siteMonthPdf", summary = "The monthly attendance sheet as PDF (audited)")
  @APIResponse(responseCode = "200", description = "the sheet", content = @Content(mediaType = "application/pdf",
      schema = @Schema(type = SchemaType.STRING, format = "binary")))
  public Response monthPdf(@PathParam("id") String id, @PathParam("month") String month) {
    YearMonth m = month(month);
    return Response.ok(sites.monthPdf(callers.caller(), id, m), "application/pdf")
        .header("Content-Disposition", "attachment; filename=\"site-attendance-" + m + ".pdf\"").build();
  }

  @GET
  @Path("/{id}/months/{month}/xlsx")
  @Produces({XLSX, MediaType.APPLICATION_JSON})
  @Operation(operationId = "siteMonthWorkbook", summary = "The monthly attendance sheet as Excel (audited)")
  @APIResponse(responseCode = "200", description = "the workbook", content = @Content(mediaType = XLSX,
      schema = @Schema(type = SchemaType.STRING, format = "binary")))
  public Response monthWorkbook(@PathParam("id") String id, @PathParam("month") String month) {
    YearMonth m = month(month);
    return Response.ok(sites.monthWorkbook(callers.caller(), id, m), XLSX)
        .header("Content-Disposition", "attachment; filename=\"site-attendance-" + m + ".xlsx\"").build();
  }

  @GET
  @Path("/double-booked")
  @Operation(operationId = "siteDoubleBooked", summary = "挂证: the same person active on more than one project")
  public List<DoubleBooking> doubleBooked() {
    return sites.doubleBooked(callers.caller());
  }

  @GET
  @Path("/policy")
  @Operation(operationId = "sitePolicy", summary = "The department's roles and attendance rules")
  public AttendancePolicy policy() {
    return sites.policy(callers.caller());
  }

  @PUT
  @Path("/policy")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "setSitePolicy", summary = "Set the department's roles and attendance rules (department"
      + " head)")
  public AttendancePolicy setPolicy(PolicyRequest request) {
    return sites.setPolicy(callers.caller(), body(request).rules(), request.version());
  }

  @GET
  @Path("/absences")
  @Operation(operationId = "siteAbsences", summary = "Absence warnings, newest week first")
  public List<AbsenceView> absences(@QueryParam("department") String department) {
    return sites.absences(callers.caller(), department);
  }

  @POST
  @Path("/absences/{id}/dismissal")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "dismissSiteAbsence", summary = "Dismiss an absence warning with its reason")
  public AbsenceView dismiss(@PathParam("id") String id, AbsenceDismissal d) {
    return sites.dismissAbsence(callers.caller(), id, body(d).reason(), d.version());
  }

  @POST
  @Path("/absences/{id}/case")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "openSiteAbsenceCase", summary = "Open a case (source POST_AWARD) and enter the winner's"
      + " poor-performance credit record (approved by a second person)")
  public AbsenceView openCase(@PathParam("id") String id, AbsenceCaseRequest r) {
    return sites.openAbsenceCase(callers.caller(), id, body(r).version());
  }
}
