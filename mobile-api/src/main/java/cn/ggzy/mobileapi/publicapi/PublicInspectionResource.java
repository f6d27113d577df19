package cn.ggzy.mobileapi.publicapi;

import cn.ggzy.server.application.InspectionViews.CommitmentView;
import cn.ggzy.server.application.InspectionViews.DrawView;
import cn.ggzy.server.application.Messages;
import cn.ggzy.server.application.PublicInspections;
import cn.ggzy.server.application.PublicInspections.PublicPlan;
import cn.ggzy.server.application.PublicInspections.PublicPlanSummary;
import cn.ggzy.server.application.PublicInspections.PublicResult;
import cn.ggzy.server.application.TenantDirectory;
import cn.ggzy.server.domain.model.DomainException;
import cn.ggzy.server.domain.model.NotFoundException;
import cn.ggzy.server.domain.model.draw.DrawReport;
import cn.ggzy.server.domain.model.draw.PublishedDraw;
import cn.ggzy.tenants.RegionCode;
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
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Public: 双随机一公开. A region's plans from the commitment on (the commitment is published before
 * the draw), the draw with its seed and witness value once drawn, the published results, and the
 * verification that recomputes a draw from what is published (or from data anyone submits).
 */
@Path("/v1/public/inspections")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "inspections", description = "双随机一公开 Random inspections and their verification")
public class PublicInspectionResource {
  @Inject PublicInspections inspections;
  @Inject TenantDirectory directory;

  @GET
  @Path("/{region}/plans")
  @Operation(summary = "The region's committed and drawn plans, newest first")
  public List<PublicPlanSummary> plans(@PathParam("region") String region,
      @QueryParam("offset") @DefaultValue("0") int offset, @QueryParam("limit") @DefaultValue("20") int limit) {
    return inspections.plans(region(region), offset, limit);
  }

  @GET
  @Path("/{region}/plans/{id}")
  @Operation(summary = "A plan: parameters, commitment, draw (once drawn) and published results")
  @APIResponse(responseCode = "404", description = "no such public plan in the region")
  @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json",
      schema = @Schema(implementation = PublicPlan.class)))
  public PublicPlan plan(@PathParam("region") String region, @PathParam("id") String id) {
    return inspections.plan(region(region), id);
  }

  @GET
  @Path("/{region}/plans/{id}/commitment")
  @Operation(summary = "The commitment published before the draw: SHA-256 of the data file and of the secret seed")
  public CommitmentView commitment(@PathParam("region") String region, @PathParam("id") String id) {
    return inspections.plan(region(region), id).commitment();
  }

  @GET
  @Path("/{region}/plans/{id}/document")
  @Operation(summary = "The data file itself (canonical JSON, UTF-8): its SHA-256 is the commitment")
  @APIResponse(responseCode = "200", description = "the canonical JSON, byte for byte as committed",
      content = @Content(mediaType = "application/json", schema = @Schema(type =
          SchemaType.STRING, format = "binary")))
  public Response document(@PathParam("region") String region, @PathParam("id") String id) {
    byte[] bytes = inspections.plan(region(region), id).commitment().document().getBytes(StandardCharsets.UTF_8);
    return Response.ok(bytes, MediaType.APPLICATION_JSON + ";charset=utf-8").build();
  }

  @GET
  @Path("/{region}/plans/{id}/draw")
  @Operation(summary = "The draw: witness, witness value, revealed seed, result (canonical JSON) and teams")
  @APIResponse(responseCode = "404", description = "not drawn yet")
  @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json",
      schema = @Schema(implementation = DrawView.class)))
  public DrawView draw(@PathParam("region") String region, @PathParam("id") String id) {
    DrawView draw = inspections.plan(region(region), id).draw();
    if (draw == null) {
      throw new NotFoundException("draw");
    }
    return draw;
  }

  @GET
  @Path("/{region}/plans/{id}/results")
  @Operation(summary = "The published results of the plan's inspections")
  public List<PublicResult> results(@PathParam("region") String region, @PathParam("id") String id) {
    return inspections.plan(region(region), id).results();
  }

  @GET
  @Path("/{region}/plans/{id}/verification")
  @Operation(summary = "Recompute the draw from the published data: commitment, seed hash, result, rules")
  public VerificationView verification(@PathParam("region") String region, @PathParam("id") String id) {
    return VerificationView.of(inspections.verify(region(region), id));
  }

  @POST
  @Path("/verification")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Check draw data anyone holds: document, commitment, seed (hex), seedHash, witnessValue, result")
  public VerificationView verify(@NotNull VerificationRequest r) {
    return VerificationView.of(inspections.verify(new PublishedDraw(r.document(), r.commitment(), r.seed(),
        r.seedHash(), r.witnessValue(), r.result())));
  }

  private RegionCode region(String value) {
    try {
      RegionCode code = RegionCode.of(value == null ? "" : value.trim());
      if (directory.region(code).isPresent()) {
        return code;
      }
    } catch (IllegalArgumentException e) {
      // not six digits
    }
    throw new DomainException("region.unknown", "region");
  }

  /** Data to verify, as published. */
  public record VerificationRequest(String document, String commitment, String seed, String seedHash,
      String witnessValue, String result) {}

  /** The outcome: verified when every check passed. */
  public record VerificationView(boolean verified, List<CheckView> checks) {
    static VerificationView of(DrawReport report) {
      return new VerificationView(report.verified(), report.checks().stream().map(c -> new CheckView(c.name(),
          c.passed(), Messages.chinese("inspection.verify.check." + c.name()),
          Messages.english("inspection.verify.check." + c.name()),
          Messages.format(c.finding(), Messages.CHINESE, c.arguments()),
          Messages.format(c.finding(), Locale.ENGLISH, c.arguments()))).toList());
    }
  }

  /** One check: what it checks (zh, en), whether it passed and what was found (zh, en). */
  public record CheckView(String name, boolean passed, String text, String textEn, String detail, String detailEn) {}
}
