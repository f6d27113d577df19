package cn.ggzy.mobileapi.credit;

import cn.ggzy.mobileapi.CallerResolver;
import cn.ggzy.mobileapi.Roles;
import cn.ggzy.server.application.Blacklisting;
import cn.ggzy.server.application.Blacklisting.NewEntry;
import cn.ggzy.server.application.CreditRecords;
import cn.ggzy.server.application.CreditRecords.NewRecord;
import cn.ggzy.server.application.CreditRepairs;
import cn.ggzy.server.application.CreditScores;
import cn.ggzy.server.application.CreditViews.EntryView;
import cn.ggzy.server.application.CreditViews.Page;
import cn.ggzy.server.application.CreditViews.RecordView;
import cn.ggzy.server.application.CreditViews.RedListView;
import cn.ggzy.server.application.CreditViews.RepairView;
import cn.ggzy.server.application.CreditViews.ScoreView;
import cn.ggzy.server.application.RedListing;
import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.NotFoundException;
import cn.ggzy.server.domain.model.credit.CreditSettings;
import cn.ggzy.server.domain.model.credit.ListClass;
import cn.ggzy.server.domain.model.credit.RecordKind;
import cn.ggzy.server.domain.model.credit.RecordStatus;
import cn.ggzy.server.domain.model.credit.RedListCriteria;
import cn.ggzy.server.domain.model.credit.RedListStatus;
import cn.ggzy.server.domain.model.credit.ScoreWeights;
import cn.ggzy.server.domain.model.credit.SubjectKind;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Credit for officers: records (entered by hand need a second person's approval), black-list
 * entries with their history, repair decisions on the working-day clock, the office's red list,
 * transparent scores and the region's settings. Another department's data is "not found"; a stale
 * {@code version} is 409.
 */
@Tag(name = "credit", description = "信用管理 Credit")
@Path("/v1/credit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.OFFICE_LEADER, Roles.OFFICE_OFFICER, Roles.DEPARTMENT_HEAD, Roles.DEPARTMENT_OFFICER})
@SecurityRequirement(name = "jwt")
public class CreditResource {
  @Inject CallerResolver callers;
  @Inject CreditRecords records;
  @Inject Blacklisting blacklisting;
  @Inject CreditRepairs repairs;
  @Inject RedListing redListing;
  @Inject CreditScores scores;

  @GET
  @Path("/records")
  @Operation(summary = "The department's credit records (regionWide=true: every department, office roles), newest first")
  public Page<RecordView> records(@QueryParam("status") String status, @QueryParam("regionWide") boolean regionWide,
      @QueryParam("offset") @DefaultValue("0") int offset, @QueryParam("limit") @DefaultValue("20") int limit) {
    return records.records(callers.caller(), CreditParams.optional(RecordStatus.class, status, "status"), regionWide,
        offset, limit);
  }

  @POST
  @Path("/records")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Enter a record (e.g. a performance rating) with its legal basis; waits for a second person")
  @APIResponse(responseCode = "201", description = "entered, PENDING_APPROVAL",
      content = @Content(mediaType = "application/json", schema = @Schema(implementation = RecordView.class)))
  public Response enter(RecordRequest r) {
    body(r);
    RecordView created = records.enter(callers.caller(), new NewRecord(
        CreditParams.optional(SubjectKind.class, r.subjectKind(), "subjectKind"), r.subjectName(), r.creditCode(),
        r.residentId(), CreditParams.optional(RecordKind.class, r.kind(), "kind"), r.summary(), r.legalBasis(),
        r.internalNote(), CreditParams.date(r.decidedOn(), "decidedOn")));
    return Response.status(Response.Status.CREATED).entity(created).build();
  }

  @GET
  @Path("/records/{id}")
  public RecordView record(@PathParam("id") String id) {
    return records.find(callers.caller(), id);
  }

  @POST
  @Path("/records/{id}/approval")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Approve (approve=true) or send back with a reason; department head or office leader, never "
      + "the person who entered it")
  public RecordView approval(@PathParam("id") String id, ApprovalRequest r) {
    body(r);
    return r.approve() ? records.approve(callers.caller(), id, CreditParams.version(r.version()))
        : records.reject(callers.caller(), id, CreditParams.version(r.version()), r.reason());
  }

  @POST
  @Path("/records/{id}/identification")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Name the subject of a case record whose respondent had no valid credit code")
  public RecordView identify(@PathParam("id") String id, IdentificationRequest r) {
    body(r);
    return records.identify(callers.caller(), id, CreditParams.version(r.version()),
        CreditParams.optional(SubjectKind.class, r.subjectKind(), "subjectKind"), r.subjectName(), r.creditCode(),
        r.residentId());
  }

  @GET
  @Path("/blacklist")
  @Operation(summary = "Black-list entries with their status today (SCHEDULED, PUBLISHED, EXPIRED, REMOVED)")
  public Page<EntryView> blacklist(@QueryParam("regionWide") boolean regionWide,
      @QueryParam("offset") @DefaultValue("0") int offset, @QueryParam("limit") @DefaultValue("20") int limit) {
    return blacklisting.history(callers.caller(), regionWide, offset, limit);
  }

  @POST
  @Path("/blacklist")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "List the subject of a decision's record: class, reason, legal basis, measures, first and last "
      + "day (inclusive); serious 6 months to 3 years, general 3 months to 1 year")
  @APIResponse(responseCode = "201", description = "listed",
      content = @Content(mediaType = "application/json", schema = @Schema(implementation = EntryView.class)))
  @APIResponse(responseCode = "400", description = "credit.blacklist.period.tooShort / tooLong (end), "
      + "credit.record.notListable, credit.blacklist.recordListed …")
  public Response list(EntryRequest r) {
    body(r);
    EntryView listed = blacklisting.list(callers.caller(), new NewEntry(r.recordId(),
        CreditParams.optional(ListClass.class, r.listClass(), "listClass"), r.reason(), r.legalBasis(),
        CreditParams.measures(r.measures()), CreditParams.date(r.start(), "start"), CreditParams.date(r.end(), "end")));
    return Response.status(Response.Status.CREATED).entity(listed).build();
  }

  @GET
  @Path("/blacklist/{id}")
  public EntryView entry(@PathParam("id") String id) {
    return blacklisting.find(callers.caller(), id);
  }

  @GET
  @Path("/repairs")
  @Operation(summary = "Credit-repair applications, nearest deadline first (open=true: undecided only)")
  public Page<RepairView> repairs(@QueryParam("open") boolean open, @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("20") int limit) {
    return repairs.applications(callers.caller(), open, offset, limit);
  }

  @GET
  @Path("/repairs/{id}")
  public RepairView repair(@PathParam("id") String id) {
    return repairs.find(callers.caller(), id);
  }

  @POST
  @Path("/repairs/{id}/extension")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Extend the decision deadline once by 3 working days, with a reason, before it has passed")
  public RepairView extend(@PathParam("id") String id, ReasonRequest r) {
    body(r);
    return repairs.extend(callers.caller(), id, CreditParams.version(r.version()), r.reason());
  }

  @POST
  @Path("/repairs/{id}/decision")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Approve (the entry leaves the public list today) or refuse; the text is published")
  public RepairView decide(@PathParam("id") String id, DecisionRequest r) {
    body(r);
    return repairs.decide(callers.caller(), id, CreditParams.version(r.version()), r.approve(), r.text());
  }

  @GET
  @Path("/redlist")
  @Operation(summary = "The office's red-list proposals and entries (office officers and leader)")
  public Page<RedListView> redlist(@QueryParam("status") String status,
      @QueryParam("offset") @DefaultValue("0") int offset, @QueryParam("limit") @DefaultValue("20") int limit) {
    return redListing.entries(callers.caller(), CreditParams.optional(RedListStatus.class, status, "status"), offset,
        limit);
  }

  @POST
  @Path("/redlist/evaluation")
  @Operation(summary = "Evaluate the region's subjects against the red-list criteria now; returns the new proposals")
  public Evaluation evaluate() {
    return new Evaluation(redListing.evaluate(callers.caller()));
  }

  @POST
  @Path("/redlist/{id}/decision")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Confirm a proposal (published from today for the criteria's validity) or reject it with a reason")
  public RedListView decideRedList(@PathParam("id") String id, RedListDecisionRequest r) {
    body(r);
    return r.confirm() ? redListing.confirm(callers.caller(), id, CreditParams.version(r.version()))
        : redListing.reject(callers.caller(), id, CreditParams.version(r.version()), r.reason());
  }

  @GET
  @Path("/scores/{subjectId}")
  @Operation(summary = "A subject's transparent score: base + every record's points × decay (+ cap) = total")
  public ScoreView score(@PathParam("subjectId") String subjectId) {
    return scores.forOfficer(callers.caller(), subjectId);
  }

  @GET
  @Path("/scores")
  @Operation(summary = "The score of the subject with this unified social credit code in the caller's region")
  @APIResponse(responseCode = "404", description = "no subject with this code has a record in the region")
  @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json",
      schema = @Schema(implementation = ScoreView.class)))
  public ScoreView scoreByCode(@QueryParam("creditCode") String creditCode) {
    return scores.forOfficerByCode(callers.caller(), creditCode).orElseThrow(() -> new NotFoundException("creditCode"));
  }

  @GET
  @Path("/settings")
  @Operation(summary = "The region's score weights and red-list criteria")
  public CreditSettings settings() {
    return redListing.settings(callers.caller());
  }

  @PUT
  @Path("/settings")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Change the region's score weights and red-list criteria (office leader)")
  public CreditSettings updateSettings(SettingsRequest r) {
    body(r);
    return redListing.updateSettings(callers.caller(), new CreditSettings(
        new ScoreWeights(r.base(), r.penalty(), r.violation(), r.poorPerformance(), r.goodPerformance(),
            r.halfLifeMonths(), r.horizonMonths()),
        new RedListCriteria(r.yearsWithoutNegative(), r.minimumPositiveRecords(), r.minimumScore(),
            r.validityMonths())));
  }

  private static void body(Object request) {
    if (request == null) {
      throw new DomainException("request.invalid", null);
    }
  }

  /** A record to enter; dates ISO (2026-03-01). */
  public record RecordRequest(String subjectKind, String subjectName, String creditCode, String residentId,
      String kind, String summary, String legalBasis, String internalNote, String decidedOn) {}

  public record ApprovalRequest(Long version, boolean approve, String reason) {}

  public record IdentificationRequest(Long version, String subjectKind, String subjectName, String creditCode,
      String residentId) {}

  /** A listing; {@code start} and {@code end} are the first and last day of publication. */
  public record EntryRequest(String recordId, String listClass, String reason, String legalBasis,
      List<String> measures, String start, String end) {}

  public record ReasonRequest(Long version, String reason) {}

  public record DecisionRequest(Long version, boolean approve, String text) {}

  public record RedListDecisionRequest(Long version, boolean confirm, String reason) {}

  public record Evaluation(int proposed) {}

  public record SettingsRequest(int base, int penalty, int violation, int poorPerformance, int goodPerformance,
      int halfLifeMonths, int horizonMonths, int yearsWithoutNegative, int minimumPositiveRecords, int minimumScore,
      int validityMonths) {}
}
