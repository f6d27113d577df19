package cn.ggzy.mobileapi.inspections;

import cn.ggzy.mobileapi.CallerResolver;
import cn.ggzy.mobileapi.Endpoints;
import cn.ggzy.mobileapi.Roles;
import cn.ggzy.server.application.InspectionPlans;
import cn.ggzy.server.application.InspectionPlans.PlanInput;
import cn.ggzy.server.application.InspectionRosters;
import cn.ggzy.server.application.InspectionRosters.InspectorInput;
import cn.ggzy.server.application.InspectionRosters.ObjectInput;
import cn.ggzy.server.application.InspectionTasks;
import cn.ggzy.server.application.InspectionViews.ClockLine;
import cn.ggzy.server.application.InspectionViews.ImportReport;
import cn.ggzy.server.application.InspectionViews.InspectorView;
import cn.ggzy.server.application.InspectionViews.ObjectView;
import cn.ggzy.server.application.InspectionViews.PhotoContent;
import cn.ggzy.server.application.InspectionViews.PlanDetail;
import cn.ggzy.server.application.InspectionViews.PlanSummary;
import cn.ggzy.server.application.InspectionViews.TaskDetail;
import cn.ggzy.server.application.InspectionViews.TaskSummary;
import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.inspection.Conflict;
import cn.ggzy.server.domain.model.inspection.ObjectKind;
import cn.ggzy.server.domain.model.inspection.Selection;
import cn.ggzy.server.domain.model.inspection.TaskParts.ConclusionKind;
import cn.ggzy.server.domain.model.inspection.TaskParts.Outcome;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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
 * Random inspections for officers: the rosters, the own tasks and everything recorded on site, plans with their
 * commitment and draw, and the publication clock. A task outside the caller's reach is 404.
 */
@Tag(name = "inspections", description = "双随机检查 Random inspections")
@Path("/v1/inspections")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.OFFICE_LEADER, Roles.OFFICE_OFFICER, Roles.DEPARTMENT_HEAD, Roles.DEPARTMENT_OFFICER})
@SecurityRequirement(name = "jwt")
public class InspectionResource {
  @Inject CallerResolver callers;
  @Inject InspectionTasks tasks;
  @Inject InspectionPlans plans;
  @Inject InspectionRosters rosters;

  @GET
  @Path("/rosters/{tenantId}/objects")
  @Operation(summary = "The department's roster of inspection objects (the office: any department of its region)")
  public List<ObjectView> objects(@PathParam("tenantId") String tenantId) {
    return rosters.objects(callers.caller(), tenantId);
  }

  @PUT
  @Path("/rosters/{tenantId}/objects/{code}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Enter or change an inspection object (department heads, the office)")
  public ObjectView saveObject(@PathParam("tenantId") String tenantId, @PathParam("code") String code,
      @NotNull ObjectRequest r) {
    return rosters.saveObject(callers.caller(), tenantId, new ObjectInput(code,
        r.kind() == null ? null : parse(ObjectKind.class, r.kind(), "kind"), r.name(), r.supervisingUnit(),
        r.complaints(), r.lowCredit()));
  }

  @POST
  @Path("/rosters/{tenantId}/objects/import")
  @Consumes({"text/csv", MediaType.TEXT_PLAIN})
  @Operation(summary = "Import objects from CSV (header code,kind,name,supervisingUnit,complaints,lowCredit); all or none")
  public ImportReport importObjects(@PathParam("tenantId") String tenantId, byte[] csv) {
    return rosters.importObjects(callers.caller(), tenantId, csv);
  }

  @GET
  @Path("/rosters/{tenantId}/inspectors")
  @Operation(summary = "The department's certified inspectors (执法证号, valid until)")
  public List<InspectorView> inspectors(@PathParam("tenantId") String tenantId) {
    return rosters.inspectors(callers.caller(), tenantId);
  }

  @PUT
  @Path("/rosters/{tenantId}/inspectors/{login}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Put an officer of the department on its inspector roster")
  public InspectorView saveInspector(@PathParam("tenantId") String tenantId, @PathParam("login") String login,
      @NotNull InspectorRequest r) {
    return rosters.saveInspector(callers.caller(), tenantId, new InspectorInput(login, r.certificateNumber(),
        date(r.validUntil(), "validUntil"), r.relatives() == null ? Set.of() : Set.copyOf(r.relatives()),
        r.formerEmployers() == null ? Set.of() : Set.copyOf(r.formerEmployers())));
  }

  @GET
  @Path("/tasks")
  @Operation(summary = "My inspection tasks (检查任务), open ones first")
  public List<TaskSummary> mine() {
    return tasks.mine(callers.caller());
  }

  @GET
  @Path("/tasks/{id}")
  @Operation(summary = "One task with checklist, photos (SHA-256), place, time, findings and publication clock")
  public TaskDetail task(@PathParam("id") String id) {
    return tasks.find(callers.caller(), id);
  }

  @POST
  @Path("/tasks/{id}/checklist/{index}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Answer a checklist item: PASS, FAIL or NOT_APPLICABLE, with a note")
  @APIResponse(responseCode = "403", description = "not a team member, or the certificate is not valid today")
  @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json",
      schema = @Schema(implementation = TaskDetail.class)))
  public TaskDetail answer(@PathParam("id") String id, @PathParam("index") int index, @NotNull AnswerRequest r) {
    return tasks.answer(callers.caller(), id, index, parse(Outcome.class, r.outcome(), "outcome"), r.note());
  }

  @POST
  @Path("/tasks/{id}/photos")
  @Consumes({"image/jpeg", "image/png", "image/webp", "image/heic"})
  @Operation(summary = "Add a photo (the body is the image, at most 10 MB); stored with its SHA-256")
  public TaskDetail photo(@PathParam("id") String id, @QueryParam("fileName") String fileName,
      @HeaderParam("Content-Type") String contentType, byte[] content) {
    String type = contentType == null ? null : contentType.split(";")[0];
    return tasks.addPhoto(callers.caller(), id, fileName, type, content);
  }

  @GET
  @Path("/tasks/{id}/photos/{fileId}")
  @Produces({"image/jpeg", "image/png", "image/webp", "image/heic"})
  @APIResponse(responseCode = "200", description = "the photo as taken",
      content = @Content(mediaType = "image/*", schema = @Schema(type = SchemaType.STRING, format = "binary")))
  @Operation(summary = "A photo of the task")
  public Response photoContent(@PathParam("id") String id, @PathParam("fileId") String fileId) {
    PhotoContent photo = tasks.photo(callers.caller(), id, fileId);
    return Response.ok(photo.content(), photo.contentType()).build();
  }

  @POST
  @Path("/tasks/{id}/location")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Record the place (WGS-84 as the phone reports it)")
  public TaskDetail locate(@PathParam("id") String id, @NotNull LocationRequest r) {
    if (r.latitude() == null || r.longitude() == null) {
      throw new DomainException("inspection.task.location.invalid", "latitude");
    }
    return tasks.locate(callers.caller(), id, r.latitude(), r.longitude(),
        r.accuracyMeters() == null ? 0 : r.accuracyMeters());
  }

  @POST
  @Path("/tasks/{id}/findings")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Note a finding (问题)")
  public TaskDetail finding(@PathParam("id") String id, @NotNull TextRequest r) {
    return tasks.addFinding(callers.caller(), id, r.text());
  }

  @POST
  @Path("/tasks/{id}/cases")
  @Operation(summary = "Register every finding not yet registered as a case (source RANDOM_INSPECTION)")
  public TaskDetail cases(@PathParam("id") String id) {
    return tasks.fileCases(callers.caller(), id);
  }

  @POST
  @Path("/tasks/{id}/conclusion")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Conclude: NO_PROBLEM or PROBLEMS_FOUND, with a summary; starts the 20-working-day publication clock")
  public TaskDetail conclude(@PathParam("id") String id, @NotNull ConclusionRequest r) {
    return tasks.conclude(callers.caller(), id, parse(ConclusionKind.class, r.kind(), "kind"), r.summary());
  }

  @POST
  @Path("/tasks/{id}/publication")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Publish the result on the public channel (the plan's department head or the office)")
  public TaskDetail publish(@PathParam("id") String id, @NotNull TextRequest r) {
    return tasks.publish(callers.caller(), id, r.text());
  }

  @GET
  @Path("/publication-clock")
  @Operation(summary = "Concluded results waiting for publication, the earliest due first (office: the region)")
  public List<ClockLine> clock() {
    return tasks.publicationClock(callers.caller());
  }

  @GET
  @Path("/plans")
  @Operation(summary = "The department's plans, newest first")
  public List<PlanSummary> plans() {
    return plans.plans(callers.caller());
  }

  @GET
  @Path("/plans/{id}")
  public PlanDetail plan(@PathParam("id") String id) {
    return plans.find(callers.caller(), id);
  }

  @POST
  @Path("/plans")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Draft a plan (department heads: the own department; the office: any of its region)")
  public PlanDetail create(@NotNull PlanRequest r) {
    return plans.create(callers.caller(), r.toInput());
  }

  @POST
  @Path("/plans/{id}/commitment")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Freeze the rosters and publish the commitment (SHA-256 of the data and of the secret seed)")
  @APIResponse(responseCode = "409", description = "the plan changed, or no draw could keep the recusal and team "
      + "rules (the message names the object and the numbers)")
  @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json",
      schema = @Schema(implementation = PlanDetail.class)))
  public PlanDetail commit(@PathParam("id") String id, @NotNull VersionRequest r) {
    return plans.commit(callers.caller(), id, version(r.version()));
  }

  @POST
  @Path("/plans/{id}/draw")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Draw with the witness's value (监督人); reveals the seed and sends the tasks to the teams")
  public PlanDetail draw(@PathParam("id") String id, @NotNull DrawRequest r) {
    return plans.draw(callers.caller(), id, version(r.version()), r.witnessName(), r.witnessValue());
  }

  private static long version(Long version) {
    if (version == null) {
      throw new DomainException("inspection.field.required", "version");
    }
    return version;
  }

  static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
    try {
      return Enum.valueOf(type, value.strip());
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new DomainException("inspection.field.invalid", field);
    }
  }

  static LocalDate date(String value, String field) {
    return Endpoints.day(value, "inspection.field.invalid", field);
  }

  /** An inspection object; kind PROJECT, ENTERPRISE or AGENCY; supervisingUnit a tenant id or empty. */
  public record ObjectRequest(String kind, String name, String supervisingUnit, boolean complaints,
      boolean lowCredit) {}

  /** A roster entry of an inspector; validUntil ISO date; object codes of declared interests. */
  public record InspectorRequest(String certificateNumber, String validUntil, List<String> relatives,
      List<String> formerEmployers) {}

  /** An answer to a checklist item. */
  public record AnswerRequest(String outcome, String note) {}

  /** A place. */
  public record LocationRequest(Double latitude, Double longitude, Double accuracyMeters) {}

  /** A text (finding, publication). */
  public record TextRequest(String text) {}

  /** The conclusion. */
  public record ConclusionRequest(String kind, String summary) {}

  /** The plan version read. */
  public record VersionRequest(Long version) {}

  /** The draw: the plan version read, the witness and the witness's value. */
  public record DrawRequest(Long version, String witnessName, String witnessValue) {}

  /** An entry of the conflict list. */
  public record ConflictRequest(String login, String objectCode, String note) {}

  /** A plan; dates ISO (2026-12-01); selectionMode PROPORTION (percent) or COUNT. */
  public record PlanRequest(String title, List<String> departments, List<String> objectKinds, String selectionMode,
      int selectionValue, String periodFrom, String periodTo, int complaintWeight, int lowCreditWeight, int teamSize,
      boolean jointTeams, int recusalMonths, List<String> checklist, List<ConflictRequest> conflicts) {
    PlanInput toInput() {
      Set<ObjectKind> kinds = EnumSet.noneOf(ObjectKind.class);
      for (String k : objectKinds == null ? List.<String>of() : objectKinds) {
        kinds.add(parse(ObjectKind.class, k, "objectKinds"));
      }
      return new PlanInput(title, departments, kinds, parse(Selection.Mode.class, selectionMode, "selectionMode"),
          selectionValue, date(periodFrom, "periodFrom"), date(periodTo, "periodTo"), complaintWeight,
          lowCreditWeight, teamSize, jointTeams, recusalMonths, checklist,
          conflicts == null ? List.of() : conflicts.stream().map(c -> new Conflict(c.login(), c.objectCode(),
              c.note())).toList());
    }
  }
}
