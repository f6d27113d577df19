package cn.ggzy.mobileapi.rigging;

import cn.ggzy.mobileapi.ApiError;
import cn.ggzy.mobileapi.CallerResolver;
import cn.ggzy.mobileapi.Endpoints;
import cn.ggzy.mobileapi.Roles;
import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.RiggingModels;
import cn.ggzy.server.application.RiggingModels.LabelView;
import cn.ggzy.server.application.RiggingModels.ModelView;
import cn.ggzy.server.application.RiggingModels.Overview;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Learning from the region's own decisions: every reviewer reads the region's model in use, the labels
 * so far and the training runs, and labels a section of the own department directly (rigged or clean,
 * with the reason); the office trains the region's model on demand and rolls it back to an earlier run
 * or to the screen index. Training and rollback are audited.
 */
@Path("/v1/rigging")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.OFFICE_LEADER, Roles.OFFICE_OFFICER, Roles.DEPARTMENT_HEAD})
@SecurityRequirement(name = "jwt")
@Tag(name = RiggingModelResource.TAG, description = "串通投标预警模型 The region's rigging model: labels from "
    + "decisions, training, rollback")
public class RiggingModelResource {
  /** The tag of the model's endpoints in the API document. */
  static final String TAG = "rigging-models";

  @Inject CallerResolver callers;
  @Inject RiggingModels models;

  @GET
  @Path("/models")
  @Operation(operationId = "riggingModelOverview", summary = "The region's model in use (screen-index-1 until a "
      + "region model beats it), the labels of each class and how many a training needs, the training runs (newest "
      + "first) and the labels (the own department's; the office: the region's; newest first, at most 200)")
  @APIResponse(responseCode = "200", description = "the region's model, runs and labels", content = @Content(
      mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Overview.class)))
  public Overview overview() {
    return models.overview(callers.caller());
  }

  @POST
  @Path("/models/train")
  @Operation(operationId = "trainRiggingModel", summary = "Train the region's model now on its labels (the office; "
      + "audited); the run is used only when its validated ROC-AUC beats the screen index's")
  @APIResponse(responseCode = "200", description = "the run, whatever its outcome (status ACTIVE or NOT_BETTER)",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ModelView.class)))
  @APIResponse(responseCode = "403", description = "accessDenied: only the office trains the region's model",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
  @APIResponse(responseCode = "409", description = "rigging.models.tooFewLabels (field labels): fewer labels of a "
      + "class than a training needs (neededPerClass)", content = @Content(mediaType = MediaType.APPLICATION_JSON,
          schema = @Schema(implementation = ApiError.class)))
  public ModelView train() {
    return models.train(callers.caller());
  }

  @POST
  @Path("/models/rollback")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "rollBackRiggingModel", summary = "Roll the region back (the office; audited): the model "
      + "in use is set aside and an earlier run that beat the index is used again, or the screen index when version "
      + "is null")
  @APIResponse(responseCode = "200", description = "the region's model, runs and labels after the rollback",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Overview.class)))
  @APIResponse(responseCode = "400", description = "request.invalid: no body", content = @Content(
      mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
  @APIResponse(responseCode = "403", description = "accessDenied: only the office rolls the region's model back",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
  @APIResponse(responseCode = "404", description = "notFound (field version): no run of that version in the region",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
  @APIResponse(responseCode = "409", description = "rigging.models.rollback.notBetter (field version): that run did "
      + "not beat the screen index", content = @Content(mediaType = MediaType.APPLICATION_JSON,
          schema = @Schema(implementation = ApiError.class)))
  public Overview rollback(ModelRollbackRequest body) {
    Caller caller = callers.caller();
    return models.rollback(caller, Endpoints.required(body, null).version());
  }

  @POST
  @Path("/labels")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "labelRiggingSection", summary = "Label a section of the own department directly: "
      + "rigged or clean, with the reason (audited); the next training learns from it")
  @APIResponse(responseCode = "200", description = "the label", content = @Content(
      mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LabelView.class)))
  @APIResponse(responseCode = "400", description = "rigging.label.section.required (field projectCode or "
      + "sectionCode), rigging.label.rigged.required (rigged), rigging.label.reason.required, "
      + "rigging.label.reason.tooLong (reason, at most 500 characters)", content = @Content(
          mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
  @APIResponse(responseCode = "404", description = "notFound (field sectionCode): no bids of that section in the "
      + "caller's department", content = @Content(mediaType = MediaType.APPLICATION_JSON,
          schema = @Schema(implementation = ApiError.class)))
  public LabelView label(RiggingLabelRequest body) {
    Caller caller = callers.caller();
    return models.label(caller, body == null ? null : body.toLabel());
  }

  /** An officer's label of a section of the own department. */
  @Schema(description = "认定标段 A section of the own department labelled rigged or clean, with the reason")
  public record RiggingLabelRequest(
      @Schema(required = true, description = "项目编号 of an imported section", example = "MC-2026-G230")
      String projectCode,
      @Schema(required = true, description = "标段编号 of an imported section", example = "BD1") String sectionCode,
      @Schema(required = true, description = "认定结果: true 串通投标, false 未发现串通", example = "true")
      Boolean rigged,
      @Schema(required = true, description = "认定理由, at most 500 characters",
          example = "两家投标人由同一人员编制投标文件，已经另案查实") String reason) {
    RiggingModels.LabelRequest toLabel() {
      return new RiggingModels.LabelRequest(projectCode, sectionCode, rigged, reason);
    }
  }

  /** The run to use again, or null for the screen index. */
  @Schema(description = "回退模型 The earlier run to use again (one that beat the screen index), or null to use the "
      + "screen index (筛查指数)")
  public record ModelRollbackRequest(
      @Schema(nullable = true, description = "训练版本号 of an earlier run (GET /v1/rigging/models → models[].version); "
          + "null: 筛查指数", example = "2") Integer version) {}
}
