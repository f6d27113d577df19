package cn.ggzy.mobileapi.cases;

import cn.ggzy.mobileapi.CallerResolver;
import cn.ggzy.mobileapi.Endpoints;
import cn.ggzy.mobileapi.Roles;
import cn.ggzy.server.application.CaseDocuments.NoticeKind;
import cn.ggzy.server.application.CaseRegister;
import cn.ggzy.server.application.CaseRegister.Command;
import cn.ggzy.server.application.CaseRegister.DecisionInput;
import cn.ggzy.server.application.CaseRegister.Inbox;
import cn.ggzy.server.application.CaseRegister.InboxRequest;
import cn.ggzy.server.application.CaseRegister.NewCase;
import cn.ggzy.server.application.CaseViews.Detail;
import cn.ggzy.server.application.CaseViews.InboxPage;
import cn.ggzy.server.application.CaseViews.TimelinessReport;
import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.enforcement.CaseAction;
import cn.ggzy.server.domain.model.enforcement.CaseSource;
import cn.ggzy.server.domain.model.enforcement.CaseStatus;
import cn.ggzy.server.domain.model.enforcement.DecisionKind;
import cn.ggzy.server.domain.model.enforcement.Industry;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Cases for officers. A case outside the caller's reach is "not found"; an action on a case that
 * changed since the caller read it (stale {@code version}) is 409 and changes nothing.
 */
@Tag(name = "cases", description = "案件 Cases")
@Path("/v1/cases")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.OFFICE_LEADER, Roles.OFFICE_OFFICER, Roles.DEPARTMENT_HEAD, Roles.DEPARTMENT_OFFICER})
@SecurityRequirement(name = "jwt")
public class CaseResource {
  @Inject CallerResolver callers;
  @Inject CaseRegister register;

  @GET
  @Operation(summary = "Inbox: MINE, DEPARTMENT or OFFICE (office roles), sorted by due date, paged in the database")
  public InboxPage inbox(@QueryParam("inbox") @DefaultValue("MINE") String inbox,
      @QueryParam("status") List<String> statuses, @QueryParam("source") String source,
      @QueryParam("department") String department, @QueryParam("overdue") boolean overdue,
      @QueryParam("number") String number, @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("20") int limit) {
    Set<CaseStatus> wanted = EnumSet.noneOf(CaseStatus.class);
    for (String s : statuses == null ? List.<String>of() : statuses) {
      wanted.add(parse(CaseStatus.class, s, "status"));
    }
    return register.inbox(callers.caller(), new InboxRequest(parse(Inbox.class, inbox, "inbox"), wanted,
        source == null ? null : parse(CaseSource.class, source, "source"), department, overdue, number, offset,
        limit));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Register a case (统一立案); the office's cases go to the competent department by industry")
  @APIResponse(responseCode = "201", description = "registered, with its case number",
      content = @Content(mediaType = "application/json", schema = @Schema(implementation = Detail.class)))
  public Response register(@NotNull NewCaseRequest request, @jakarta.ws.rs.core.Context UriInfo uri) {
    Detail created = register.register(callers.caller(), new NewCase(
        request.source() == null ? null : parse(CaseSource.class, request.source(), "source"),
        request.industry() == null ? null : parse(Industry.class, request.industry(), "industry"),
        request.title(), request.summary(), request.projectCode(), request.projectName(), request.respondent(),
        request.originReference(), request.keepInOffice()));
    return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build()).entity(created).build();
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "One case with its clocks, timeline and the actions the caller may take now")
  @APIResponse(responseCode = "404", description = "no such case within reach")
  @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json",
      schema = @Schema(implementation = Detail.class)))
  public Detail find(@PathParam("id") String id) {
    return register.find(callers.caller(), id);
  }

  @POST
  @Path("/{id}/actions")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Take one action (ACCEPT, REQUEST_SUPPLEMENT, APPROVE_DECISION …) on the version read")
  @APIResponse(responseCode = "409", description = "the case changed since it was read, or the action is not possible in its status")
  @APIResponse(responseCode = "403", description = "the caller's role or position may not take this action")
  @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json",
      schema = @Schema(implementation = Detail.class)))
  public Detail act(@PathParam("id") String id, @NotNull ActionRequest request) {
    if (request.version() == null) {
      throw new DomainException("case.field.required", "version");
    }
    DecisionInput decision = request.decision() == null ? null : new DecisionInput(
        request.decision().kind() == null ? null : parse(DecisionKind.class, request.decision().kind(), "decision.kind"),
        request.decision().text(), request.decision().fineYuan(), request.decision().confiscation(),
        request.decision().disqualificationYears(), request.decision().licenceRevoked());
    return register.act(callers.caller(), id, new Command(
        request.action() == null ? null : parse(CaseAction.class, request.action(), "action"), request.version(),
        request.reason(), request.ground(), request.officer(), request.to(), request.workingDays(), request.kind(),
        request.organ(), request.organName(), request.documents(), request.topic(), request.invited(),
        request.text(), decision));
  }

  @GET
  @Path("/{id}/notices/{kind}")
  @Produces("application/pdf")
  @Operation(summary = "A notice of the case as PDF (ACCEPTANCE, NON_ACCEPTANCE, SUPPLEMENT_REQUEST, DECISION)")
  @APIResponse(responseCode = "200", description = "the file", content = @Content(mediaType = "application/pdf",
      schema = @Schema(type = SchemaType.STRING, format = "binary")))
  public Response notice(@PathParam("id") String id, @PathParam("kind") String kind) {
    NoticeKind which = parse(NoticeKind.class, kind, "kind");
    return pdf(register.notice(callers.caller(), id, which), which.name().toLowerCase() + "-" + id + ".pdf");
  }

  @GET
  @Path("/{id}/file")
  @Produces("application/pdf")
  @Operation(summary = "The whole case file (案卷) as PDF")
  @APIResponse(responseCode = "200", description = "the file", content = @Content(mediaType = "application/pdf",
      schema = @Schema(type = SchemaType.STRING, format = "binary")))
  public Response caseFile(@PathParam("id") String id) {
    return pdf(register.caseFile(callers.caller(), id), "case-file-" + id + ".pdf");
  }

  @GET
  @Path("/timeliness")
  @Operation(summary = "On-time rates per department and officer over a period (dates inclusive, Asia/Shanghai)")
  public TimelinessReport timeliness(@QueryParam("from") String from, @QueryParam("to") String to) {
    return register.timeliness(callers.caller(), date(from, "from"), date(to, "to"));
  }

  private static Response pdf(byte[] bytes, String name) {
    return Response.ok(bytes, "application/pdf")
        .header("Content-Disposition", "attachment; filename*=UTF-8''" + URLEncoder.encode(name, StandardCharsets.UTF_8))
        .build();
  }

  private static LocalDate date(String value, String field) {
    return Endpoints.day(value, "case.field.invalid", field);
  }

  static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
    try {
      return Enum.valueOf(type, value.strip());
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new DomainException("case.field.invalid", field);
    }
  }

  /** A case to register. */
  public record NewCaseRequest(String source, String industry, String title, String summary, String projectCode,
      String projectName, String respondent, String originReference, boolean keepInOffice) {}

  /** The decision proposed with PROPOSE_DECISION. */
  public record DecisionRequest(String kind, String text, Long fineYuan, boolean confiscation,
      Integer disqualificationYears, boolean licenceRevoked) {}

  /** One action; {@code version} is the case version the officer read. */
  public record ActionRequest(String action, Long version, String reason, String ground, String officer, String to,
      Integer workingDays, String kind, String organ, String organName, List<String> documents, String topic,
      List<String> invited, String text, DecisionRequest decision) {}
}
