package cn.ggzy.mobileapi.publicapi;

import cn.ggzy.mobileapi.ApiError;
import cn.ggzy.mobileapi.credit.CreditParams;
import cn.ggzy.server.application.CreditRepairs;
import cn.ggzy.server.application.CreditViews.Page;
import cn.ggzy.server.application.PublicCredit;
import cn.ggzy.server.application.PublicCredit.ListRequest;
import cn.ggzy.server.application.PublicCreditViews.PublicBlackEntry;
import cn.ggzy.server.application.PublicCreditViews.PublicRedEntry;
import cn.ggzy.server.application.PublicCreditViews.PublicSubject;
import cn.ggzy.server.application.PublicCreditViews.PublicSubjectDetail;
import cn.ggzy.server.application.PublicCreditViews.RepairReceipt;
import cn.ggzy.server.application.PublicCreditViews.RepairTarget;
import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.credit.ListClass;
import cn.ggzy.server.domain.model.credit.RepairRequest;
import cn.ggzy.server.domain.model.credit.SubjectKind;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Public: the red and black lists (联合奖惩公示) of a region as published today, and credit-repair
 * applications. Only public fields: name, kind, credit code (a natural person's ID number masked),
 * list, reason, legal basis, measures, period, department, repair state. An entry past its last day
 * or removed by repair is not in any answer from that moment on.
 */
@Path("/v1/public/credit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "credit", description = "红黑名单 Red and black lists, credit repair")
public class PublicCreditResource {
  @Inject PublicCredit credit;
  @Inject CreditRepairs repairs;

  @GET
  @Path("/blacklist")
  @Operation(summary = "The black list published today (失信惩戒名单), newest first, paged")
  @APIResponse(responseCode = "200", description = "one page",
      content = @Content(schema = @Schema(implementation = BlacklistPage.class)))
  @APIResponse(responseCode = "400", description = "region.unknown (region), credit.field.invalid (kind, class), "
      + "credit.department.unknown (department)", content = @Content(schema = @Schema(implementation = ApiError.class)))
  public BlacklistPage blacklist(
      @Parameter(description = "six-digit region code", example = "421181") @QueryParam("region") String region,
      @Parameter(description = "part of the name, or the start of the unified social credit code")
      @QueryParam("q") String q,
      @Parameter(description = "ENTERPRISE, AGENCY or EXPERT") @QueryParam("kind") String kind,
      @Parameter(description = "SERIOUS or GENERAL") @QueryParam("class") String listClass,
      @Parameter(description = "deciding department's tenant id, e.g. 421181-zjj") @QueryParam("department")
      String department,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @Parameter(description = "1 to 100, default 20") @QueryParam("limit") @DefaultValue("20") int limit) {
    return BlacklistPage.of(credit.blacklist(new ListRequest(region, q,
        CreditParams.optional(SubjectKind.class, kind, "kind"), CreditParams.optional(ListClass.class, listClass, "class"),
        department, offset, limit)));
  }

  @GET
  @Path("/redlist")
  @Operation(summary = "The red list published today (守信激励名单), paged")
  @APIResponse(responseCode = "200", description = "one page",
      content = @Content(schema = @Schema(implementation = RedlistPage.class)))
  public RedlistPage redlist(@QueryParam("region") String region, @QueryParam("q") String q,
      @QueryParam("kind") String kind, @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("20") int limit) {
    return RedlistPage.of(credit.redlist(new ListRequest(region, q, CreditParams.optional(SubjectKind.class, kind,
        "kind"), null, null, offset, limit)));
  }

  @GET
  @Path("/subjects")
  @Operation(summary = "Subjects with a published entry whose name or credit code matches, sorted by name, paged")
  @APIResponse(responseCode = "200", description = "one page",
      content = @Content(schema = @Schema(implementation = SubjectPage.class)))
  public SubjectPage subjects(@QueryParam("region") String region,
      @Parameter(description = "part of the name, or the start of the credit code") @QueryParam("q") String q,
      @QueryParam("offset") @DefaultValue("0") int offset, @QueryParam("limit") @DefaultValue("20") int limit) {
    return SubjectPage.of(credit.subjects(new ListRequest(region, q, null, null, null, offset, limit)));
  }

  @GET
  @Path("/subjects/{id}")
  @Operation(summary = "A subject's published entries with reason, legal basis, period and repair state")
  @APIResponse(responseCode = "404", description = "no such subject, or nothing of it is published today")
  @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json",
      schema = @Schema(implementation = PublicSubjectDetail.class)))
  public PublicSubjectDetail subject(@QueryParam("region") String region, @PathParam("id") String id) {
    return credit.subject(region, id);
  }

  @GET
  @Path("/blacklist/{entryId}/repair")
  @Operation(summary = "Credit repair of an entry: when it opens, and the latest application's outcome")
  @APIResponse(responseCode = "404", description = "the entry is neither published nor removed by repair")
  @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json",
      schema = @Schema(implementation = RepairTarget.class)))
  public RepairTarget repairTarget(@QueryParam("region") String region, @PathParam("entryId") String entryId) {
    return credit.repairTarget(region, entryId);
  }

  @POST
  @Path("/blacklist/{entryId}/repair")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Apply for credit repair (信用修复申请), after the entry's minimum publication period",
      description = "The department decides within 3 working days after the day of receipt (region's calendar), "
          + "extendable once by 3. The contact data is never published.")
  @APIResponse(responseCode = "201", description = "received; the receipt number and the decision deadline",
      content = @Content(schema = @Schema(implementation = RepairReceipt.class)))
  @APIResponse(responseCode = "400", description = "credit.repair.tooEarly, credit.repair.identity.mismatch, "
      + "credit.repair.pending, credit.repair.phone.invalid, credit.repair.commitment.required …",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  public Response apply(@QueryParam("region") String region, @PathParam("entryId") String entryId,
      RepairApplicationRequest body) {
    if (body == null) {
      throw new DomainException("request.invalid", null);
    }
    RepairReceipt receipt = repairs.apply(region, entryId,
        new RepairRequest(body.identifier(), body.contactName(), body.contactPhone(), body.commitment(),
            body.commitmentAccepted(), body.rectification(), body.evidence()));
    return Response.status(Response.Status.CREATED).entity(receipt).build();
  }

  /** An application: the subject's credit code (an expert: the ID number), contact, commitment, rectification. */
  public record RepairApplicationRequest(String identifier, String contactName, String contactPhone,
      String commitment, boolean commitmentAccepted, String rectification, String evidence) {}

  /** A page of the black list. */
  public record BlacklistPage(List<PublicBlackEntry> items, long total, int offset, int limit) {
    static BlacklistPage of(Page<PublicBlackEntry> p) {
      return new BlacklistPage(p.items(), p.total(), p.offset(), p.limit());
    }
  }

  /** A page of the red list. */
  public record RedlistPage(List<PublicRedEntry> items, long total, int offset, int limit) {
    static RedlistPage of(Page<PublicRedEntry> p) {
      return new RedlistPage(p.items(), p.total(), p.offset(), p.limit());
    }
  }

  /** A page of subjects. */
  public record SubjectPage(List<PublicSubject> items, long total, int offset, int limit) {
    static SubjectPage of(Page<PublicSubject> p) {
      return new SubjectPage(p.items(), p.total(), p.offset(), p.limit());
    }
  }
}
